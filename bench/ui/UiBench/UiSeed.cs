using System.Globalization;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace UiBench;

/// <summary>RUNS runs x 30 metrics x 20 params (fixed seed), with 100-step histories of every metric on the first 1,000 runs, through LogBatch.</summary>
internal static class UiSeed
{
    public static async Task<string> WriteAsync(SqliteStore store, int runs)
    {
        var experiment = await store.Tracking.CreateExperimentAsync("ui-bench");
        await Parallel.ForEachAsync(Enumerable.Range(0, runs), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            var random = new Random(i);
            var start = 1_700_000_000_000 + i * 1000L;
            var info = await store.Tracking.CreateRunAsync(experiment, $"run-{i}", start, null, ct);
            var steps = i < 1000 ? 100 : 1;
            var metrics = Enumerable.Range(0, 30).SelectMany(m => Enumerable.Range(0, steps)
                .Select(s => new Metric($"metric_{m:00}", random.NextDouble(), start + s, s))).ToList();
            var parameters = Enumerable.Range(0, 20).ToDictionary(p => $"param_{p:00}",
                p => p == 0 ? (i % 4).ToString(CultureInfo.InvariantCulture) : random.Next(1000).ToString(CultureInfo.InvariantCulture));
            await store.Tracking.LogBatchAsync(info.RunId, metrics, parameters, new Dictionary<string, string> { ["team"] = (i % 2).ToString(CultureInfo.InvariantCulture) }, ct);
            await store.Tracking.UpdateRunAsync(info.RunId, RunStatus.Finished, start + 500, ct: ct);
        });
        return experiment;
    }

    /// <summary>MODELS registered models with VERSIONS versions each (sources from the first runs), champion on the latest.</summary>
    public static async Task WriteRegistryAsync(SqliteStore store, string experiment, int models, int versions)
    {
        var runs = await store.Tracking.SearchRunsAsync(new RunSearch([experiment], MaxResults: versions));
        for (var m = 0; m < models; m++)
        {
            var name = $"model-{m:000}";
            await store.Registry.CreateRegisteredModelAsync(name, $"bench model {m}");
            foreach (var run in runs.Items)
            {
                var tags = new Dictionary<string, string> { ["metric.accuracy"] = "0.9", ["data_hash"] = run.Info.RunId };
                await store.Registry.CreateModelVersionAsync(name, $"runs:/{run.Info.RunId}/model", run.Info.RunId, tags);
            }
            await store.Registry.SetAliasAsync(name, "champion", runs.Items.Count);
        }
    }
}
