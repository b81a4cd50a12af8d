using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlops.Cli.Infrastructure;

/// <summary>The one JSON shape of --json output: snake_case, indented, enums as strings.</summary>
public static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
