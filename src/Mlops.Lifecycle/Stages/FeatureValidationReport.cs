using System.Globalization;
using System.Text.Json;
using Mlops.Lifecycle.Features;
using Mlops.Monitoring.Drift;
using Mlops.Training.Models;
using Mlops.Training.FeatureValidation;

namespace Mlops.Lifecycle.Stages;

/// <summary>reports/feature_validation.json: the status, rows checked, the findings (row 1-based, as in the file) and the drift verdicts.</summary>
public static class FeatureValidationReport
{
    public static void Write(string path, FeatureCheckResult result, IReadOnlyList<(string Name, FeatureTable Table)> tables,
        FeatureSetComparison? drift, IReadOnlyList<string> notes)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("status", result.Status);
        json.WriteStartObject("rows");
        foreach (var (name, table) in tables)
        {
            json.WriteNumber(Path.GetFileNameWithoutExtension(name), table.Rows);
        }
        json.WriteEndObject();
        json.WriteStartObject("counts");
        foreach (var (key, count) in result.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(key, count);
        }
        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var finding in result.Listed)
        {
            WriteFinding(json, finding);
        }
        json.WriteEndArray();
        if (drift is not null)
        {
            WriteDrift(json, drift);
        }
        json.WriteStartArray("notes");
        foreach (var note in notes)
        {
            json.WriteStringValue(note);
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A figure as the messages and the report print it (NaN as text: JSON has no NaN).</summary>
    public static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private static void WriteFinding(Utf8JsonWriter json, FeatureFinding finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.Rule);
        json.WriteString("severity", finding.Severity);
        json.WriteString("column", finding.Column);
        if (finding.Table is { } table)
        {
            json.WriteString("table", table);
        }
        if (finding.Row is { } row)
        {
            json.WriteNumber("row", row);
        }
        if (finding.Value is { } value)
        {
            json.WriteString("value", Number(value));
        }
        json.WriteString("message", finding.Message);
        json.WriteEndObject();
    }

    private static void WriteDrift(Utf8JsonWriter json, FeatureSetComparison drift)
    {
        json.WriteStartObject("drift_from_previous");
        json.WriteString("from", drift.From.Reference.ToString());
        json.WriteString("to", drift.To.Reference.ToString());
        json.WriteNumber("drifted", drift.DriftedCount);
        json.WriteStartArray("columns");
        foreach (var column in drift.Shared.Where(c => c.Drift is not null))
        {
            json.WriteStartObject();
            json.WriteString("column", column.Column);
            json.WriteString("test", DriftTestNames.Name(column.Drift!.Test));
            json.WriteString("score", Number(column.Drift.Score));
            json.WriteString("threshold", Number(column.Drift.Threshold));
            json.WriteBoolean("detected", column.Drift.Detected);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
