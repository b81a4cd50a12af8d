using System.Text.Json;
using System.Text.Json.Serialization;
using Mlops.Core.AbTesting;

namespace Mlops.Storage.Relational.AbTesting;

/// <summary>
/// The JSON of a test's definition and conclusion columns: camelCase properties and enum names as text, so a row stays
/// readable in a SQL console and a new optional draft field needs no migration.
/// </summary>
internal static class AbTestJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Write(AbTestDraft draft) => JsonSerializer.Serialize(draft, Options);

    public static string Write(AbConclusion conclusion) => JsonSerializer.Serialize(conclusion, Options);

    public static AbTestDraft ReadDraft(string json) =>
        JsonSerializer.Deserialize<AbTestDraft>(json, Options) ?? throw new InvalidDataException("An A/B test row has no definition.");

    public static AbConclusion? ReadConclusion(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<AbConclusion>(json, Options);
}
