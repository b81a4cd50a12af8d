using System.Diagnostics;
using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Bench;

/// <summary>The store under a server's load shape without HTTP: WRITERS tasks logging the same 1,000-point batch for SECONDS.</summary>
internal static class ConcurrentBench
{
    public static async Task<int> RunAsync(string databasePath, string artifactRoot, int writers, double seconds)
    {
        using var store = SqliteStore.Open(databasePath, artifactRoot);
        var run = await store.Tracking.CreateRunAsync("0", "concurrent-bench", 1);
        var batch = Enumerable.Range(0, 1000).Select(i => new Metric($"metric_{i % 10}", i / 1000.0, 1_700_000_000_000 + i / 10, i / 10)).ToArray();
        var none = new Dictionary<string, string>();
        var clock = Stopwatch.StartNew();
        var batches = 0;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                await store.Tracking.LogBatchAsync(run.RunId, batch, none, none);
                Interlocked.Increment(ref batches);
            }
        })));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"writers={writers} batches={batches} points_per_second={batches * 1000 / clock.Elapsed.TotalSeconds:F0}"));
        return 0;
    }
}
