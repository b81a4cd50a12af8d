using Mlops.Cli.Tests.Support;
using Mlops.Core.AbTesting;
using Mlops.Inference.Loading;
using Mlops.Lifecycle;
using Mlops.Monitoring.AbTesting;
using Mlops.Storage.Sqlite;
using Mlops.Training.Configuration;
using Mlops.Training.Features;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>
/// Issue 13's power acceptance: the champion (every feature) against a challenger trained on habits_only. Both models
/// score the held-out rows once; then many seeded experiments draw the computed sample size per variant from those
/// per-row outcomes, and the analysis must call the challenger worse (so conclude keeps the champion) in at least 95%.
/// </summary>
public sealed class AbPowerTests(GoodRunFixture fixture) : IClassFixture<GoodRunFixture>
{
    private const string Model = "obesity_classifier";
    private const int Experiments = 500;

    [Fact]
    public async Task Analyze_HabitsOnlyChallengerAtTheComputedHorizon_IsDeclaredWorseInAtLeast95Percent()
    {
        var ws = fixture.Workspace;
        using (var store = StoreProbe.Open(ws))
        {
            await new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts)
                .RunAsync(new PipelineRunOptions(ws.Root) { Overrides = ["features.set=habits_only"] });
        }
        var start = await AbCli.RunAsync(ws, "start", "--name", "power", "--model", Model, "--variant", "champion=@champion", "--variant", "challenger=2", "--json");
        var plan = AbCli.Json(start);
        var required = plan.GetProperty("required_per_variant").GetInt32();
        var (champion, challenger) = (await CorrectnessAsync(ws, 1), await CorrectnessAsync(ws, 2));

        var verdicts = Enumerable.Range(0, Experiments).Select(seed => Verdict(seed, required, plan.GetProperty("baseline_rate").GetDouble(), champion, challenger)).ToList();

        var worse = verdicts.Count(v => v == AbVerdict.ChallengerWorse);
        Assert.True(worse >= Experiments * 95 / 100,
            $"challenger worse in {worse} of {Experiments} at n = {required} per variant (champion {champion.Average(c => c ? 1.0 : 0):0.000}, habits_only {challenger.Average(c => c ? 1.0 : 0):0.000})");
        Assert.DoesNotContain(AbVerdict.ChallengerBetter, verdicts);
    }

    private static AbVerdict Verdict(int seed, int n, double baseline, bool[] champion, bool[] challenger)
    {
        var random = new Random(seed);
        long Draw(bool[] outcomes) => Enumerable.Range(0, n).LongCount(_ => outcomes[random.Next(outcomes.Length)]);
        var test = new AbTest
        {
            Id = "power-" + seed,
            Definition = new AbTestDraft
            {
                Name = "power", ModelName = Model, BaselineRate = baseline, RequiredPerVariant = n,
                Variants = [new AbVariant("champion", "@champion", 1, 0.5), new AbVariant("challenger", "2", 2, 0.5)],
            },
            Status = AbStatus.Running,
            StartedAt = DateTimeOffset.UnixEpoch,
        };
        var observations = new AbObservations([new VariantObservation("champion", n, n, Draw(champion)), new VariantObservation("challenger", n, n, Draw(challenger))], []);
        return AbAnalysis.Analyze(test, observations).Verdict;
    }

    /// <summary>Whether the version got each held-out row right (the rows the features stage kept out of training).</summary>
    private static async Task<bool[]> CorrectnessAsync(Workspace ws, int version)
    {
        var p = ParamsLoader.LoadFile(ws.PathOf("params.yaml"));
        var clean = CleanRows.Read(p, ws.PathOf("data/interim/clean.csv"));
        var heldOut = clean.Take(DatasetSplitter.Split(clean.Labels, p.Split).Test);
        using var store = StoreProbe.Open(ws);
        using var model = await new ModelLoader(store.Tracking, store.Registry, store.Artifacts).LoadAsync($"models:/{Model}/{version}");
        var columns = model.InputColumns.Select(c => heldOut.Columns.ToList().IndexOf(c)).ToArray();
        var rows = heldOut.Inputs.Select(r => columns.Select(c => r[c]).ToArray()).ToList();
        var predicted = new int[rows.Count];
        model.PredictBatch(rows, new float[rows.Count * model.Classes.Count], predicted);
        return [.. predicted.Select((k, i) => model.Classes[k] == heldOut.Labels[i])];
    }
}
