using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace Mlops.TrackingServer.Tests.Replay;

/// <summary>
/// Replays every recorded MLflow 2.10.2 call in order against a fresh server over a fresh SQLite store and checks status,
/// error_code, response shape and values (ids mapped to ours, clock stamps aside). The files depend on each other (ids,
/// state), so one test replays the whole sequence and reports every mismatching file at once.
/// </summary>
public sealed class RecordingReplayTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Replay_AllRecordings_MatchStatusErrorCodeShapeAndValues()
    {
        var recordings = Recording.LoadAll(SharedFolder.FindRecordings());
        Assert.NotEmpty(recordings);
        // Orders such as "last updated first" break ties by version; on a fast machine two calls land in the same
        // millisecond and the order stops matching the recording. A clock that ticks on every read keeps them apart.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow) { AutoAdvanceAmount = TimeSpan.FromMilliseconds(1) };
        await using var harness = await ServerHarness.StartAsync(time: clock);
        var ids = new IdMap();
        var failures = new List<string>();
        foreach (var recording in recordings)
        {
            var problems = await ReplayAsync(harness.Client, recording, ids);
            if (problems.Count > 0)
            {
                failures.Add($"{recording.Name}:\n  " + string.Join("\n  ", problems));
            }
        }
        output.WriteLine($"{recordings.Count - failures.Count}/{recordings.Count} recordings match.");
        Assert.True(failures.Count == 0, $"{failures.Count}/{recordings.Count} recordings differ:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Where we answer otherwise on purpose, by recording and path. Each must still differ: a fixed one is reported, so
    /// the list only shrinks.
    /// </summary>
    private static readonly Dictionary<(string Recording, string Path), string> KnownDifferences = new()
    {
        // MLflow 2.10.2's SQL store keeps user_id only from the request's user_id field; ours reads it back from the
        // mlflow.user tag its clients set, so that every backend (MLflow REST included) answers the same.
        [("08-runs-create.json", "$.run.info.user_id")] = "user_id from the mlflow.user tag",
        [("17-runs-get.json", "$.run.info.user_id")] = "user_id from the mlflow.user tag",
        [("28-runs-search.json", "$.runs[0].info.user_id")] = "user_id from the mlflow.user tag",
        [("30-runs-update-finished.json", "$.run_info.user_id")] = "user_id from the mlflow.user tag",
        [("31-runs-get-after-finish.json", "$.run.info.user_id")] = "user_id from the mlflow.user tag",
    };

    /// <summary>Replays one call; <paramref name="compareValues"/> false checks shapes only (calls written by hand).</summary>
    internal static async Task<List<string>> ReplayAsync(HttpClient client, Recording recording, IdMap ids, bool compareValues = true)
    {
        using var request = new HttpRequestMessage(new HttpMethod(recording.Method), ids.ApplyToPathAndQuery(recording.Path).TrimStart('/'));
        if (recording.Method != "GET" && recording.Request is not null)
        {
            request.Content = Body(recording.Request, ids);
        }
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var problems = new List<string>();
        if ((int)response.StatusCode != recording.Status)
        {
            problems.Add($"status: expected {recording.Status}, got {(int)response.StatusCode} ({Truncate(text)})");
            return problems;
        }
        if (recording.Response is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            if (text != value.GetValue<string>())
            {
                problems.Add($"body: expected text '{value.GetValue<string>()}', got '{Truncate(text)}'");
            }
            return problems;
        }
        JsonNode? actual;
        try
        {
            actual = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            problems.Add($"body is not JSON ({e.Message}): {Truncate(text)}");
            return problems;
        }
        var expectedCode = recording.Response?["error_code"]?.GetValue<string>();
        if (expectedCode is not null && actual?["error_code"]?.GetValue<string>() != expectedCode)
        {
            problems.Add($"error_code: expected {expectedCode}, got {Truncate(text)}");
        }
        // New ids first: a response that hands out an id is compared with that id mapped.
        ids.Learn(recording.Response, actual);
        await FollowTieAsync(client, recording, actual, ids);
        var differences = ResponseComparer.Compare(recording.Response, actual, compareValues ? ids : null);
        foreach (var ((name, path), why) in KnownDifferences.Where(k => k.Key.Recording == recording.Name))
        {
            if (differences.RemoveAll(d => d.StartsWith(path + ":", StringComparison.Ordinal)) == 0)
            {
                problems.Add($"{path}: listed as a known difference ({why}) but now matches MLflow: remove it from the list");
            }
        }
        problems.AddRange(differences);
        return problems;
    }

    /// <summary>
    /// In these files two runs share a start_time and MLflow breaks the tie by run id, which is random. When our first
    /// page holds the other tied run, the recorded run must be on our second page, and is compared as our server
    /// answers it there: the tie frees the order, never the content.
    /// </summary>
    private static async Task FollowTieAsync(HttpClient client, Recording recording, JsonNode? actual, IdMap ids)
    {
        if (recording.Name != "37-runs-search-page-1.json" || actual?["runs"] is not JsonArray { Count: 1 } runs
            || recording.Response?["runs"] is not JsonArray { Count: 1 } recorded
            || actual["next_page_token"]?.GetValue<string>() is not { } token)
        {
            return;
        }
        var expectedId = ids.Apply(recorded[0]!["info"]!["run_id"]!.GetValue<string>());
        if (runs[0]?["info"]?["run_id"]?.GetValue<string>() == expectedId)
        {
            return;
        }
        var next = (JsonObject)ids.ApplyToJson(recording.Request)!;
        next["page_token"] = token;
        using var response = await client.PostAsync("api/2.0/mlflow/runs/search",
            new StringContent(next.ToJsonString(), Encoding.UTF8, "application/json"));
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        if (page?["runs"] is JsonArray { Count: 1 } second && second[0]?["info"]?["run_id"]?.GetValue<string>() == expectedId)
        {
            runs[0] = second[0]!.DeepClone();
        }
    }

    private static HttpContent Body(JsonNode request, IdMap ids)
    {
        if (request["raw_body"] is { } raw)
        {
            var content = new StringContent(raw.GetValue<string>());
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(request["content_type"]!.GetValue<string>());
            return content;
        }
        if (request["raw_body_bytes"] is not null)
        {
            var bytes = new ByteArrayContent(Encoding.UTF8.GetBytes(request["content"]!.GetValue<string>()));
            bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return bytes;
        }
        return new StringContent(ids.ApplyToJson(request)!.ToJsonString(), Encoding.UTF8, "application/json");
    }

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
