using Xunit.Abstractions;

namespace Mlops.TrackingServer.Tests.Replay;

/// <summary>
/// Replays the calls in Replay/Derived — MLflow 2.10.2 behaviour read from its source where no live recording exists —
/// in order against a fresh server, with the recordings' checks on status, error_code and shape. Values are not compared:
/// these files were written by hand from the source, so their ids, times and messages are illustrative.
/// </summary>
public sealed class DerivedReplayTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Replay_DerivedFromMlflowSource_MatchStatusErrorCodeAndShape()
    {
        var calls = Recording.LoadAll(Path.Combine(AppContext.BaseDirectory, "Replay", "Derived"));
        Assert.NotEmpty(calls);
        await using var harness = await ServerHarness.StartAsync();
        var ids = new IdMap();
        var failures = new List<string>();
        foreach (var call in calls)
        {
            var problems = await RecordingReplayTests.ReplayAsync(harness.Client, call, ids, compareValues: false);
            if (problems.Count > 0)
            {
                failures.Add($"{call.Name}:\n  " + string.Join("\n  ", problems));
            }
        }
        output.WriteLine($"{calls.Count - failures.Count}/{calls.Count} derived calls match.");
        Assert.True(failures.Count == 0, $"{failures.Count}/{calls.Count} derived calls differ:\n" + string.Join("\n", failures));
    }
}
