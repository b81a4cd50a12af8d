using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Predictions;
using Mlops.Serving;
using Mlops.Serving.Tests.Support;
using Mlops.Storage.Sqlite;
using Mlops.Training.Configuration;
using Mlops.Training.Features;

namespace Mlops.Cli.Tests.Simulate;

/// <summary>`mlops simulate traffic` against a real prediction server on the pipeline's workspace.</summary>
public sealed class SimulateTrafficTests(GoodRunFixture fixture) : IClassFixture<GoodRunFixture>
{
    [Fact]
    public async Task Traffic_WeightShift_LogsHeldOutRowsShiftedByTheOffset()
    {
        using var store = SqliteStore.Open(fixture.Workspace.PathOf("mlruns/mlops.db"), fixture.Workspace.PathOf("mlruns/artifacts"));
        var app = await StartServerAsync(store);
        CliProcess.Result result;
        await using (app)
        {
            result = await CliProcess.RunAsync(fixture.Workspace.Root, "simulate", "traffic", "--url", ServingApp.BoundAddress(app).ToString(),
                "--rows", "300", "--drift", "Weight:-8", "--label-share", "0", "--seed", "5", "--json");
            await app.StopAsync();
        }

        Assert.True(result.ExitCode == 0, result.Output);
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.Equal(300, report.RootElement.GetProperty("sent").GetInt32());
        Assert.Equal(300, report.RootElement.GetProperty("answered").GetInt32());
        Assert.Equal(0, report.RootElement.GetProperty("labels_posted").GetInt32());
        var logged = await LoggedWeightsAsync(store);
        Assert.Equal(300, logged.Count);
        var heldOut = HeldOutWeights();
        // Every request is a held-out row with Weight moved by -8: adding 8 back finds the row's own value.
        Assert.All(logged, w => Assert.Contains(heldOut, h => Math.Abs(h - (w + 8)) < 1e-6));
    }

    [Fact]
    public async Task Traffic_BadDriftSpec_FailsNamingTheItemAndSendsNothing()
    {
        var result = await CliProcess.RunAsync(fixture.Workspace.Root, "simulate", "traffic", "--url", "http://127.0.0.1:9",
            "--drift", "Weight:flip=0.2");

        Assert.Equal(CliApp.ExitError, result.ExitCode);
        Assert.Contains("--drift item 'Weight:flip=0.2': 'Weight' is numeric", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Traffic_NoServer_SaysWhereItLooked()
    {
        var result = await CliProcess.RunAsync(fixture.Workspace.Root, "simulate", "traffic", "--url", "http://127.0.0.1:9", "--rows", "3");

        Assert.Equal(CliApp.ExitError, result.ExitCode);
        Assert.Contains("cannot reach the prediction server at http://127.0.0.1:9", result.Stderr, StringComparison.Ordinal);
    }

    private HashSet<double> HeldOutWeights()
    {
        var p = ParamsLoader.LoadFile(fixture.Workspace.PathOf("params.yaml"));
        var clean = CleanRows.Read(p, fixture.Workspace.PathOf("data/interim/clean.csv"));
        var test = clean.Take(DatasetSplitter.Split(clean.Labels, p.Split).Test);
        var weight = test.Columns.ToList().IndexOf("Weight");
        return [.. test.Inputs.Select(r => double.Parse(r[weight], CultureInfo.InvariantCulture))];
    }

    private static async Task<List<double>> LoggedWeightsAsync(SqliteStore store)
    {
        var page = await store.PredictionLog.ListAsync(new PredictionQuery { MaxResults = 1000 });
        return [.. page.Records.Select(r => JsonDocument.Parse(r.InputsJson).RootElement.GetProperty("Weight").GetDouble())];
    }

    private static async Task<WebApplication> StartServerAsync(SqliteStore store)
    {
        var options = new ServingOptions { ModelUri = "models:/obesity_classifier@champion", Port = 0, PollInterval = TimeSpan.Zero };
        var signal = new LogSignal();
        var app = ServingApp.Build(options, store.Tracking, store.Registry, store.Artifacts, store.PredictionLog,
            builder => builder.Logging.AddProvider(signal));
        var loaded = signal.Next(line => line.StartsWith("Serving ", StringComparison.Ordinal));
        await app.StartAsync();
        await loaded.WaitAsync(TimeSpan.FromSeconds(20));
        return app;
    }
}
