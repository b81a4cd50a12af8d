using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlops.Training.Data;

/// <summary>The data-quality report written as data_quality.json by the preprocess stage.</summary>
public sealed record DataQualityReport
{
    public const string Passed = "passed";
    public const string PassedWithWarnings = "passed_with_warnings";
    public const string Failed = "failed";

    public required string Source { get; init; }
    [JsonPropertyName("data_sha256")]
    public required string DataSha256 { get; init; }
    public required string Status { get; init; }
    public string? Failure { get; init; }
    [JsonPropertyName("n_rows_in")]
    public required int NRowsIn { get; init; }
    [JsonPropertyName("n_rows_out")]
    public required int NRowsOut { get; init; }
    public required int DuplicatesRemoved { get; init; }
    public required int Quarantined { get; init; }
    public required int Clipped { get; init; }
    public required int Flagged { get; init; }
    public required int ViolationsTotal { get; init; }
    public required IReadOnlyDictionary<string, int> ViolationsByRule { get; init; }
    public required IReadOnlyDictionary<string, int> ViolationsByColumn { get; init; }
    public required IReadOnlyDictionary<string, ColumnStats> Columns { get; init; }
    public required IReadOnlyDictionary<string, int> ClassDistribution { get; init; }
    /// <summary>The first <see cref="MaxListedViolations"/> violations; the counts above cover all of them.</summary>
    public required IReadOnlyList<DataViolation> Violations { get; init; }

    public const int MaxListedViolations = 1000;

    public void Save(string path) => JsonFiles.Write(path, this);

    public static DataQualityReport Load(string path) =>
        JsonSerializer.Deserialize<DataQualityReport>(File.ReadAllBytes(path), JsonFiles.Options)
        ?? throw new InvalidDataException($"{path} holds no data-quality report");
}
