using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;

namespace Mlops.Monitoring.Simulation;

/// <summary>
/// Posts labels to <c>POST /feedback</c> once each is due (its answer time plus the plan's delay), in batches, and
/// sums what the server says it did with them.
/// </summary>
internal sealed class FeedbackPoster(HttpClient http, TimeProvider time, int batchSize)
{
    private readonly Channel<DueLabel> due = Channel.CreateUnbounded<DueLabel>(new UnboundedChannelOptions { SingleReader = true });

    public int Posted { get; private set; }

    public int? Accepted { get; private set; }

    public int? Replaced { get; private set; }

    public int? Rejected { get; private set; }

    public string? FirstError { get; private set; }

    public void Add(string predictionId, string label, DateTimeOffset dueAt) =>
        due.Writer.TryWrite(new DueLabel(predictionId, label, dueAt));

    public void Complete() => due.Writer.TryComplete();

    public async Task RunAsync(CancellationToken ct)
    {
        var batch = new List<DueLabel>(batchSize);
        while (await due.Reader.WaitToReadAsync(ct))
        {
            while (batch.Count < batchSize && due.Reader.TryRead(out var label))
            {
                var wait = label.DueAt - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, ct);
                }
                batch.Add(label);
            }
            await PostAsync(batch, ct);
            batch.Clear();
        }
    }

    private async Task PostAsync(List<DueLabel> batch, CancellationToken ct)
    {
        using var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartArray();
            foreach (var label in batch)
            {
                writer.WriteStartObject();
                writer.WriteString("prediction_id", label.PredictionId);
                writer.WriteString("label", label.Label);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await http.PostAsync("feedback", content, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Posted += batch.Count;
        if (!response.IsSuccessStatusCode)
        {
            FirstError ??= $"POST /feedback answered {(int)response.StatusCode}: {Core.Errors.ErrorText.Cut(text)}";
            return;
        }
        Count(text);
    }

    /// <summary>Adds the summary's accepted/replaced/rejected counts (a number, or a list of the rejected items).</summary>
    private void Count(string text)
    {
        try
        {
            using var summary = JsonDocument.Parse(text);
            Accepted = Add(Accepted, summary.RootElement, "accepted");
            Replaced = Add(Replaced, summary.RootElement, "replaced");
            Rejected = Add(Rejected, summary.RootElement, "rejected");
        }
        catch (JsonException)
        {
            FirstError ??= $"POST /feedback answered with a body that is not JSON: {Core.Errors.ErrorText.Cut(text)}";
        }
    }

    private static int? Add(int? total, JsonElement summary, string name)
    {
        if (summary.ValueKind != JsonValueKind.Object || !summary.TryGetProperty(name, out var value))
        {
            return total;
        }
        var count = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetInt32(),
            JsonValueKind.Array => value.GetArrayLength(),
            _ => 0,
        };
        return (total ?? 0) + count;
    }

    private sealed record DueLabel(string PredictionId, string Label, DateTimeOffset DueAt);
}
