using System.Text.Json.Serialization;

namespace Mlops.Training.Onnx;

/// <summary>Whether the train stage could export the whole model to ONNX, why not, and what it cost.</summary>
public sealed record OnnxExportReport(
    [property: JsonPropertyName("exported")] bool Exported,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("export_seconds")] double ExportSeconds)
{
    public static OnnxExportReport Unavailable(string reason, double seconds) => new(false, reason, seconds);
}
