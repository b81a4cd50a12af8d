using System.Text.Json;

namespace Mlops.Monitoring.Feedback;

/// <summary>What one feedback call did: counts of accepted and replaced labels, and every rejected item with its reason.</summary>
public sealed record FeedbackSummary(int Received, int Accepted, int Replaced, IReadOnlyList<FeedbackRejection> Rejected)
{
    public bool AllStored => Rejected.Count == 0;

    /// <summary>The summary as the server answers it and <c>mlops feedback import --json</c> prints it (snake_case).</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("received", Received);
        writer.WriteNumber("accepted", Accepted);
        writer.WriteNumber("replaced", Replaced);
        writer.WriteNumber("rejected_count", Rejected.Count);
        writer.WriteStartArray("rejected");
        foreach (var r in Rejected)
        {
            writer.WriteStartObject();
            writer.WriteNumber("item", r.Item);
            if (r.Line is { } line)
            {
                writer.WriteNumber("line", line);
            }
            writer.WriteString("prediction_id", r.PredictionId);
            writer.WriteString("reason", r.Reason);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
