using Microsoft.Extensions.Time.Testing;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;

namespace Mlops.Cli.Tests.Support;

/// <summary>
/// A workspace whose store holds a small, fixed history written through the store API (no pipeline run): two runs,
/// a registered model with two versions, a stage and aliases, and three logged predictions. Times are fixed; run ids
/// are the store's own and are returned so output can be normalized.
/// </summary>
public static class SeededStore
{
    public const string Model = "golden_model";
    public const string BadCsv = "bad.csv";

    private static readonly DateTimeOffset Start = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    public static async Task<(Workspace Workspace, string RunA, string RunB)> CreateAsync()
    {
        var ws = Workspace.Create();
        WriteBadCsv(ws);
        var clock = new FakeTimeProvider(Start.AddHours(1));
        using var store = Mlops.Storage.Sqlite.SqliteStore.Open(ws.PathOf("mlruns/mlops.db"), ws.PathOf("mlruns/artifacts"), clock);
        var experiment = await store.Tracking.CreateExperimentAsync("golden");
        var runA = await RunAsync(store.Tracking, experiment, "run-a", 0, "lightgbm",
            new() { ["accuracy"] = 0.91, ["macro_f1"] = 0.9, ["log_loss"] = 0.25, ["same"] = 1 },
            new() { ["model.trainer"] = "lightgbm", ["features.set"] = "all", ["seed"] = "42" });
        var runB = await RunAsync(store.Tracking, experiment, "run-b", 1, "fasttree",
            new() { ["accuracy"] = 0.95, ["macro_f1"] = 0.93, ["log_loss"] = 0.2, ["same"] = 1, ["only_b"] = 3 },
            new() { ["model.trainer"] = "fasttree", ["features.set"] = "all", ["only_b"] = "x" });
        await RegisterAsync(store.Registry, runA, runB, clock);
        await LogPredictionsAsync(store.PredictionLog);
        return (ws, runA, runB);
    }

    private static async Task<string> RunAsync(ITrackingStore tracking, string experiment, string name, int minutes, string trainer,
        Dictionary<string, double> metrics, Dictionary<string, string> parameters)
    {
        var start = Start.AddMinutes(minutes).ToUnixTimeMilliseconds();
        var run = await tracking.CreateRunAsync(experiment, name, start);
        await tracking.LogBatchAsync(run.RunId, [.. metrics.Select(m => new Metric(m.Key, m.Value, start))], parameters,
            new Dictionary<string, string> { ["trainer"] = trainer });
        await tracking.UpdateRunAsync(run.RunId, RunStatus.Finished, start + 30_000);
        return run.RunId;
    }

    private static async Task RegisterAsync(IModelRegistry registry, string runA, string runB, FakeTimeProvider clock)
    {
        await registry.CreateRegisteredModelAsync(Model, "A model for output tests.");
        await registry.CreateModelVersionAsync(Model, "runs:/" + runA + "/model", runA, new Dictionary<string, string>
        {
            ["metric.accuracy"] = "0.91", ["metric.macro_f1"] = "0.9", ["metric.log_loss"] = "0.25", ["trainer"] = "lightgbm",
        });
        clock.Advance(TimeSpan.FromMinutes(5));
        await registry.CreateModelVersionAsync(Model, "runs:/" + runB + "/model", runB, new Dictionary<string, string>
        {
            ["metric.accuracy"] = "0.95", ["metric.macro_f1"] = "0.93", ["metric.log_loss"] = "0.2", ["trainer"] = "fasttree",
        }, "the challenger");
        await registry.TransitionStageAsync(Model, 1, ModelStage.Production, archiveExisting: true);
        await registry.SetAliasAsync(Model, "champion", 1);
        await registry.SetAliasAsync(Model, "challenger", 2);
    }

    private static async Task LogPredictionsAsync(IPredictionLog log)
    {
        var batch = new PredictionBatch(new PredictionSchema(Model, 1, $"models:/{Model}/1",
            [new PredictionInput("Age"), new PredictionInput("Gender", ["Female", "Male"])], ["A", "B"]));
        for (var i = 0; i < 3; i++)
        {
            var id = Guid.Parse($"0190a000-0000-7000-8000-00000000000{i}");
            batch.Add(id, Start.AddSeconds(i).ToUnixTimeMilliseconds(), [20 + i, i % 2], [0.25f * (i + 1), 1 - (0.25f * (i + 1))], i < 2 ? 1 : 0, 1.5);
        }
        await log.AppendAsync(batch);
    }

    // Two rows of the bundled dataset, one with a value no column allows.
    private static void WriteBadCsv(Workspace ws)
    {
        var lines = File.ReadLines(ws.RawCsv).Take(3).ToArray();
        lines[2] = lines[2].Replace("Female,21,", "Female,abc,", StringComparison.Ordinal);
        File.WriteAllText(ws.PathOf(BadCsv), string.Join("\n", lines) + "\n");
    }
}
