using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Mlops.Cli.Tests.Support;

/// <summary>
/// A client that keeps sending one row to POST /predict (a couple in flight) until stopped, and records every answer:
/// when, its status, and the model version the response names — so a test can see a reload from the client's side.
/// </summary>
public sealed class PredictionLoad : IAsyncDisposable
{
    private readonly HttpClient http;
    private readonly byte[] body;
    private readonly CancellationTokenSource stop = new();
    private readonly List<Answer> answers = [];
    private readonly Task running;

    private PredictionLoad(Uri server, byte[] body, int inFlight)
    {
        http = new HttpClient { BaseAddress = server, Timeout = TimeSpan.FromSeconds(30) };
        this.body = body;
        running = Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => SendAsync()));
    }

    /// <summary>One answer: <see cref="Version"/> is the response's model.version (null when refused).</summary>
    public sealed record Answer(DateTimeOffset At, int Status, int? Version, string? Error);

    public static PredictionLoad Start(Uri server, IReadOnlyDictionary<string, object> row, int inFlight = 2) =>
        new(server, JsonSerializer.SerializeToUtf8Bytes(row), inFlight);

    /// <summary>Every answer so far, in the order they came back.</summary>
    public IReadOnlyList<Answer> Answers
    {
        get
        {
            lock (answers)
            {
                return [.. answers];
            }
        }
    }

    /// <summary>Completes when some answer names <paramref name="version"/>.</summary>
    public async Task<Answer> WaitForVersionAsync(int version, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Answers.FirstOrDefault(a => a.Version == version) is { } answer)
            {
                return answer;
            }
            // The load itself is the event source; checking its answers every 50 ms is a read, not a guess at timing.
            await Task.Delay(50);
        }
        throw new TimeoutException($"no answer from version {version} within {timeout.TotalSeconds:0} s; versions seen: " +
            string.Join(", ", Answers.Select(a => a.Version).Distinct()));
    }

    /// <summary>Stops sending and returns every answer.</summary>
    public async Task<IReadOnlyList<Answer>> StopAsync()
    {
        await stop.CancelAsync();
        await running;
        return Answers;
    }

    public async ValueTask DisposeAsync()
    {
        if (!stop.IsCancellationRequested)
        {
            await StopAsync();
        }
        http.Dispose();
        stop.Dispose();
    }

    private async Task SendAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Answer answer;
            try
            {
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
                using var response = await http.PostAsync("predict", content, CancellationToken.None);
                var text = await response.Content.ReadAsStringAsync(CancellationToken.None);
                answer = response.IsSuccessStatusCode
                    ? new Answer(DateTimeOffset.UtcNow, (int)response.StatusCode, VersionOf(text), null)
                    : new Answer(DateTimeOffset.UtcNow, (int)response.StatusCode, null, text);
            }
            catch (HttpRequestException e)
            {
                answer = new Answer(DateTimeOffset.UtcNow, 0, null, e.Message);
            }
            lock (answers)
            {
                answers.Add(answer);
            }
        }
    }

    private static int? VersionOf(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.TryGetProperty("model", out var model) && model.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetInt32()
            : null;
    }

    /// <summary>A row of a raw CSV (header + data row, target column dropped) as a /predict body: numbers as numbers.</summary>
    public static IReadOnlyDictionary<string, object> RowOf(string csvPath, int dataRow, string target)
    {
        var lines = File.ReadAllText(csvPath, Encoding.UTF8).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var values = lines[dataRow].Split(',');
        var row = new Dictionary<string, object>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == target)
            {
                continue;
            }
            row[header[i]] = double.TryParse(values[i], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? number
                : values[i];
        }
        return row;
    }
}
