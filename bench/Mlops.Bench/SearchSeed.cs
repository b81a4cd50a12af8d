using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Bench;

/// <summary>
/// Runs to search over, shaped like a parameter sweep: 4 model types, an accuracy spread over [0.5, 1), 5 params,
/// 4 metrics and 2 tags each. A fixed seed makes the match count of the bench's filter the same every time.
/// </summary>
internal static class SearchSeed
{
    private static readonly string[] Models = ["lightgbm", "fasttree", "fastforest", "sdca"];

    public static async Task<int> RunAsync(string databasePath, string artifactRoot, int runs)
    {
        using var store = SqliteStore.Open(databasePath, artifactRoot);
        var experimentId = await store.Tracking.CreateExperimentAsync("search-bench");
        var random = new Random(42);
        var plans = Enumerable.Range(0, runs).Select(i => (Index: i, Model: Models[i % Models.Length], Accuracy: 0.5 + random.NextDouble() / 2)).ToList();
        // Concurrent writers let the store commit many runs per transaction, as a busy server would.
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (plan, ct) =>
        {
            var info = await store.Tracking.CreateRunAsync(experimentId, $"sweep-{plan.Index}", 1_700_000_000_000 + plan.Index,
                new Dictionary<string, string> { ["team"] = plan.Index % 2 == 0 ? "a" : "b" }, ct);
            var metrics = new[]
            {
                new Metric("accuracy", plan.Accuracy, 1), new Metric("f1_macro", plan.Accuracy - 0.01, 1),
                new Metric("log_loss", 1 - plan.Accuracy, 1), new Metric("cost", (1 - plan.Accuracy) * 3, 1),
            };
            var parameters = new Dictionary<string, string>
            {
                ["model"] = plan.Model,
                ["seed"] = "42",
                ["learning_rate"] = (0.01 * (1 + plan.Index % 10)).ToString(CultureInfo.InvariantCulture),
                ["num_leaves"] = (8 << (plan.Index % 4)).ToString(CultureInfo.InvariantCulture),
                ["feature_set"] = plan.Index % 3 == 0 ? "habits_only" : "full",
            };
            await store.Tracking.LogBatchAsync(info.RunId, metrics, parameters, new Dictionary<string, string> { ["stage"] = "sweep" }, ct);
        });
        Console.WriteLine(experimentId);
        return 0;
    }
}
