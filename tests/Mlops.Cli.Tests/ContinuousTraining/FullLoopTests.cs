using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>
/// #14's acceptance loop with real processes on a fresh workspace (bundled data, <see cref="LoopParams.Loop"/>): the
/// pipeline crowns a champion; `mlops serve` follows its alias; drifted held-out traffic (never labelled) measures the
/// damage; drifted training rows with their original labels come back as feedback; `mlops retrain` fires on the
/// performance drop and on drift, trains on the feedback, the candidate wins on the new holdout and the alias moves;
/// the server reloads under a client's load with no failed request; drifted held-out traffic recovers.
/// </summary>
public sealed class FullLoopTests
{
    private const string Model = LabelledLoopFixture.Model;

    [Fact]
    public async Task Retrain_ConceptDriftWithLabelsFedBack_PromotesAndDriftedAccuracyRecoversWithNoFailedRequest()
    {
        using var ws = Workspace.Create();
        LoopParams.Apply(ws);
        var pipeline = await CliProcess.RunAsync(ws.Root, "pipeline", "run");
        Assert.True(pipeline.ExitCode == 0, pipeline.Output);
        var champion = await ChampionAsync(ws);
        await using var serve = await ServeProcess.StartAsync(ws.Root, "--port", "0", "--poll-interval", "1");
        var testRows = LoopTraffic.SplitRows(ws, "test");

        var reference = LoopTraffic.Accuracy(await LoopTraffic.SendAsync(ws, serve.Url, "test", testRows, feedLabels: false, drift: null));
        var before = LoopTraffic.Accuracy(await LoopTraffic.SendAsync(ws, serve.Url, "test", testRows, feedLabels: false));
        Assert.True(before < reference - 0.2, $"drift should hurt: {before:0.000} on drifted held-out rows vs reference {reference:0.000}");
        await LoopTraffic.SendAsync(ws, serve.Url, "train", LoopTraffic.SplitRows(ws, "train"), feedLabels: true);

        await using var retrain = CliDaemon.Start(ws.Root, "retrain", "--json");
        // The load starts at the pipeline's first stage, not at train: on a busy CI machine the train, gate and alias move of
        // this small table took less time than the load's first answer, which then never saw the old champion.
        await retrain.WaitForLineAsync(RetrainLines.PipelineStarted, TimeSpan.FromMinutes(2));
        await using var load = PredictionLoad.Start(serve.Url, PredictionLoad.RowOf(ws.RawCsv, 1, "NObeyesdad"));
        var exit = await retrain.WaitForExitAsync(TimeSpan.FromMinutes(5));
        Assert.True(exit == 0, retrain.Output);
        var outcome = RetrainJson.Parse(retrain.Stdout);

        Assert.Equal("Promoted", outcome.Status);
        Assert.True(outcome.Fired("performance"), outcome.Text);
        Assert.True(outcome.Fired("drift"), outcome.Text);
        var candidate = outcome.CandidateVersion;
        Assert.NotEqual(champion, candidate);
        Assert.Equal(candidate, await ChampionAsync(ws));
        using (var store = StoreProbe.Open(ws))
        {
            var child = await store.Tracking.GetRunAsync(outcome.ChildRunId);
            Assert.Equal(outcome.ParentRunId, child.Tags["mlflow.parentRunId"]);
        }
        await load.WaitForVersionAsync(candidate, TimeSpan.FromSeconds(60));
        var answers = await load.StopAsync();
        Assert.DoesNotContain(answers, a => a.Status != 200);
        Assert.Contains(answers, a => a.Version == champion);

        var after = LoopTraffic.Accuracy(await LoopTraffic.SendAsync(ws, serve.Url, "test", testRows, feedLabels: false, seed: 8));
        Assert.True(after >= reference - 0.05, $"drifted held-out accuracy after {after:0.000} vs reference {reference:0.000}");
        Assert.True(after >= before + 0.3, $"drifted held-out accuracy after {after:0.000} vs before {before:0.000}");
        await serve.StopAsync();
    }

    private static async Task<int> ChampionAsync(Workspace ws)
    {
        using var store = StoreProbe.Open(ws);
        return (await store.Registry.GetModelVersionByAliasAsync(Model, "champion")).Version;
    }
}
