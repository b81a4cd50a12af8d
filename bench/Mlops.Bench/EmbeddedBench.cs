using System.Diagnostics;
using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Bench;

/// <summary>The embedded library as a training loop uses it: batches of 1,000 points (10 metrics x 100 steps), then single calls.</summary>
internal static class EmbeddedBench
{
    private const int BatchSize = 1000;
    private const int Keys = 10;
    private const int SingleCalls = 20_000;

    public static async Task<int> RunAsync(string databasePath, string artifactRoot, int points)
    {
        var open = Stopwatch.StartNew();
        using var store = SqliteStore.Open(databasePath, artifactRoot);
        var run = await store.Tracking.CreateRunAsync("0", "embedded-bench", 1);
        open.Stop();

        var batch = new Metric[BatchSize];
        var clock = Stopwatch.StartNew();
        for (var written = 0; written < points; written += BatchSize)
        {
            var steps = written / Keys;
            for (var i = 0; i < BatchSize; i++)
            {
                batch[i] = new Metric($"metric_{i % Keys}", i * 0.001, 1_700_000_000_000 + steps + i / Keys, steps + i / Keys);
            }
            await store.Tracking.LogBatchAsync(run.RunId, batch, new Dictionary<string, string>(), new Dictionary<string, string>());
        }
        clock.Stop();

        var single = Stopwatch.StartNew();
        for (var step = 0; step < SingleCalls; step++)
        {
            await store.Tracking.LogMetricAsync(run.RunId, new Metric("single", step, 1_700_000_000_000 + step, step));
        }
        single.Stop();

        var stored = (await store.Tracking.GetMetricHistoryAsync(run.RunId, "metric_0")).Count * Keys;
        if (stored != points)
        {
            Console.Error.WriteLine($"expected {points} points, found {stored}");
            return 1;
        }
        // One line of key=value pairs for bench/tracking to parse.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"points={points} batch_seconds={clock.Elapsed.TotalSeconds:F3} points_per_second={points / clock.Elapsed.TotalSeconds:F0} " +
            $"single_calls={SingleCalls} single_calls_per_second={SingleCalls / single.Elapsed.TotalSeconds:F0} open_ms={open.Elapsed.TotalMilliseconds:F0}"));
        return 0;
    }
}
