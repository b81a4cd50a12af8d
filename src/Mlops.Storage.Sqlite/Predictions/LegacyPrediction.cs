using System.Text.Json;
using Mlops.Core.Predictions;

namespace Mlops.Storage.Sqlite.Predictions;

/// <summary>Reads a prediction that schema version 2 stored as a row, moved by <see cref="Schema.Migration4"/> into a JSON payload.</summary>
internal static class LegacyPrediction
{
    public static PredictionRecord Read(byte[] payload, string? modelName, int? modelVersion, string modelUri)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        return new PredictionRecord(
            root.GetProperty("id").GetString() ?? "",
            DateTimeOffset.FromUnixTimeMilliseconds(root.GetProperty("timestamp").GetInt64()),
            modelName,
            modelVersion,
            modelUri,
            root.GetProperty("inputs").GetString() ?? "{}",
            root.GetProperty("prediction").GetString() ?? "",
            root.GetProperty("confidence").GetDouble(),
            root.GetProperty("probabilities").GetString() ?? "{}",
            root.GetProperty("latency_ms").GetDouble());
    }
}
