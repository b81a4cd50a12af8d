using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Mlops.Cli.Commands.Ui;
using Mlops.Cli.Tests.Support;
using Mlops.Serving;
using Mlops.Serving.Tests.Support;
using Mlops.Training.Tests.Regression;

namespace Mlops.Cli.Tests.Regression;

/// <summary>A registered regression champion: promotion on a lower-is-better RMSE, `mlops predict` and the server's answers.</summary>
public sealed class RegressionChampionTests(RegressionRunFixture fixture) : IClassFixture<RegressionRunFixture>
{
    private const string Champion = $"models:/{RegressionTable.ModelName}@champion";

    [Fact]
    // A forest of averaged trees fits the additive linear signal worse than boosting (RMSE about 2.9 against 1.2).
    public async Task Register_HigherRmse_GetsAVersionButNotTheAlias()
    {
        using var ws = fixture.Workspace.CopyTo();

        var report = await RegressionWorkspace.RunAsync(ws, "model.trainer=fastforest");

        var registration = report.Registration!;
        Assert.Equal(2, registration.Version);
        Assert.False(registration.BecameChampion);
        Assert.Equal(1, registration.PreviousChampion);
        Assert.True(report.HeadlineMetrics["rmse"] > fixture.Report.HeadlineMetrics["rmse"]);
        Assert.StartsWith("not crowned: rmse ", registration.ChampionReason);
    }

    [Fact]
    public async Task Predict_RegressionChampion_WritesAndPrintsTheValues()
    {
        var (csv, truth) = RegressionWorkspace.NewRows(20);
        var input = fixture.Workspace.PathOf("new-rows.csv");
        var output = fixture.Workspace.PathOf("scored.csv");
        await File.WriteAllTextAsync(input, csv);

        var result = await CliProcess.RunAsync(fixture.Workspace.Root, "predict", "--model", Champion, "--input", input, "--output", output);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Predicted values: ", result.Stdout);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal("x1,x2,x3,color,shape,prediction", lines[0]);
        var predicted = lines.Skip(1).Select(l => double.Parse(l[(l.LastIndexOf(',') + 1)..], CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(truth.Length, predicted.Length);
        // Noise alone is N(0, 1): a model that learnt the signal is within a few units on every row.
        Assert.All(truth.Zip(predicted), pair => Assert.InRange(pair.Second, pair.First - 5, pair.First + 5));
    }

    [Fact]
    public async Task Serve_RegressionChampion_EveryEntryPointReturnsTheValue()
    {
        var record = new JsonObject { ["x1"] = 4.0, ["x2"] = -2.0, ["x3"] = 0.5, ["color"] = "green", ["shape"] = "square" };
        // 2.5·4 − 1.5·(−2) + 4 (green) + 1 (square) = 18.
        const double expected = 18;
        await using var app = await StartServerAsync();
        using var client = new HttpClient { BaseAddress = ServingApp.BoundAddress(app) };

        using var single = await PostAsync(client, "/predict", record);
        using var batch = await PostAsync(client, "/predict/batch", new JsonObject { ["records"] = new JsonArray(record.DeepClone(), record.DeepClone()) });
        using var invocations = await PostAsync(client, "/invocations", new JsonObject { ["dataframe_records"] = new JsonArray(record.DeepClone()) });

        Assert.InRange(single.RootElement.GetProperty("prediction").GetDouble(), expected - 2, expected + 2);
        Assert.False(single.RootElement.TryGetProperty("confidence", out _));
        var batchSummary = batch.RootElement.GetProperty("summary");
        Assert.Equal(2, batchSummary.GetProperty("count").GetInt32());
        Assert.InRange(batchSummary.GetProperty("mean_prediction").GetDouble(), expected - 2, expected + 2);
        Assert.All(batch.RootElement.GetProperty("predictions").EnumerateArray(),
            p => Assert.InRange(p.GetProperty("prediction").GetDouble(), expected - 2, expected + 2));
        Assert.InRange(invocations.RootElement.GetProperty("predictions")[0].GetDouble(), expected - 2, expected + 2);
    }

    [Fact]
    public async Task UiPredictor_RegressionVersion_ShowsTheValueWithoutProbabilities()
    {
        var store = StoreProbe.Open(fixture.Workspace);
        var predictor = new PredictorFromInference(store.Tracking, store.Registry, store.Artifacts);
        var values = new Dictionary<string, string> { ["x1"] = "4", ["x2"] = "-2", ["x3"] = "0.5", ["color"] = "green", ["shape"] = "square" };

        var prediction = await predictor.PredictAsync(RegressionTable.ModelName, 1, values);

        Assert.Empty(prediction.Errors);
        Assert.Empty(prediction.Probabilities);
        Assert.Null(prediction.RiskLevel);
        // The same row as the server test: 18 by the table's formula.
        Assert.InRange(double.Parse(prediction.Class!, CultureInfo.InvariantCulture), 16, 20);
    }

    [Fact]
    public async Task Retrain_RegressionWorkspace_RefusesNamingTheTask()
    {
        var result = await CliProcess.RunAsync(fixture.Workspace.Root, "retrain", "--dry-run");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("mlops retrain retrains classifiers only so far: schema.task: regression is not supported yet", result.Output);
    }

    private async Task<Microsoft.AspNetCore.Builder.WebApplication> StartServerAsync()
    {
        var store = StoreProbe.Open(fixture.Workspace);
        var options = new ServingOptions { ModelUri = Champion, Port = 0, PollInterval = TimeSpan.Zero };
        var signal = new LogSignal();
        var app = ServingApp.Build(options, store.Tracking, store.Registry, store.Artifacts, null, builder => builder.Logging.AddProvider(signal));
        // Armed before the start: the model may be swapped in before StartAsync returns.
        var loaded = signal.Next(line => line.StartsWith("Serving ", StringComparison.Ordinal));
        await app.StartAsync();
        await loaded.WaitAsync(TimeSpan.FromSeconds(20));
        return app;
    }

    private static async Task<JsonDocument> PostAsync(HttpClient client, string path, JsonObject body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text);
    }
}
