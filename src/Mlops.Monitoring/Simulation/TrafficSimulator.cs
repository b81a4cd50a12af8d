using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Mlops.Monitoring.Simulation;

/// <summary>
/// Sends a <see cref="TrafficPlan"/> to a prediction server (<c>POST /predict</c>, one row each, a few in flight) and
/// posts the true labels of a share of them to <c>POST /feedback</c> after a delay, as production feedback would
/// arrive. <paramref name="http"/>'s base address is the server (with a trailing slash); auth headers are the caller's.
/// </summary>
public sealed class TrafficSimulator(HttpClient http, TimeProvider? time = null)
{
    /// <summary>The request header a prediction server takes an A/B test's unit key from.</summary>
    public const string UnitHeader = "X-Mlops-Unit";

    private readonly TimeProvider clock = time ?? TimeProvider.System;

    public async Task<TrafficReport> RunAsync(TrafficPlan plan, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var requests = TrafficRequests.Draw(plan);
        var stopwatch = Stopwatch.StartNew();
        var poster = new FeedbackPoster(http, clock, plan.LabelBatchSize);
        var posting = poster.RunAsync(ct);
        var answers = new string?[plan.RowCount];
        var refusals = new Dictionary<int, int>();
        var variants = new Dictionary<string, int>(StringComparer.Ordinal);
        string? firstRefusal = null;
        var next = -1;
        async Task SendAsync()
        {
            for (var i = Interlocked.Increment(ref next); i < plan.RowCount; i = Interlocked.Increment(ref next))
            {
                var (status, id, prediction, variant, text) = await PredictAsync(requests.Bodies[i], requests.Units[i], ct);
                if (id is null || prediction is null)
                {
                    lock (refusals)
                    {
                        refusals[status] = refusals.GetValueOrDefault(status) + 1;
                        firstRefusal ??= $"POST /predict answered {status}: {Core.Errors.ErrorText.Cut(text)}";
                    }
                    continue;
                }
                answers[i] = prediction;
                if (variant is not null)
                {
                    lock (variants)
                    {
                        variants[variant] = variants.GetValueOrDefault(variant) + 1;
                    }
                }
                if (requests.Labelled[i])
                {
                    poster.Add(id, requests.Labels[i], clock.GetUtcNow() + plan.LabelDelay);
                }
            }
        }
        try
        {
            await Task.WhenAll(Enumerable.Range(0, Math.Max(1, plan.Concurrency)).Select(_ => SendAsync()));
        }
        finally
        {
            poster.Complete();
        }
        await posting;
        var answered = answers.Count(a => a is not null);
        var correct = answers.Where((a, i) => a is not null && a == requests.Labels[i]).Count();
        return new TrafficReport(plan.RowCount, answered, refusals, firstRefusal, poster.Posted, poster.Accepted,
            poster.Replaced, poster.Rejected, poster.FirstError, answered == 0 ? null : (double)correct / answered, stopwatch.Elapsed)
        {
            RequestsByVariant = variants,
        };
    }

    private async Task<(int Status, string? Id, string? Prediction, string? Variant, string Text)> PredictAsync(byte[] body, string? unit, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "predict") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (unit is not null)
        {
            request.Headers.Add(UnitHeader, unit);
        }
        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            return ((int)response.StatusCode, null, null, null, text);
        }
        using var answer = JsonDocument.Parse(text);
        var root = answer.RootElement;
        var variant = root.TryGetProperty("variant", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return root.TryGetProperty("prediction_id", out var id) && root.TryGetProperty("prediction", out var prediction)
            ? ((int)response.StatusCode, id.GetString(), prediction.GetString(), variant, text)
            : ((int)response.StatusCode, null, null, null, text);
    }
}
