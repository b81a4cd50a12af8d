using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Mlops.Cli.Commands.Monitor;
using Mlops.Cli.Tests.Support;
using Mlops.Serving;
using Mlops.Serving.Tests.Support;
using Mlops.Storage.Sqlite;
using Mlops.Training.Tests.Regression;

namespace Mlops.Cli.Tests.Regression;

/// <summary>
/// A regression model through the monitoring loop: served rows logged with their values, true values posted to /feedback,
/// then `mlops monitor run` on the served alias. Rows come from the generated table with another seed than training.
/// </summary>
public sealed class RegressionMonitoringTests(InitRegressionRunFixture fixture) : IClassFixture<InitRegressionRunFixture>
{
    [Fact]
    public async Task MonitorRun_RowsLikeTheTrainingOnes_NoDriftNoDropAndRmseAsByHand()
    {
        var uri = await AliasAsync("steady");
        var pairs = await ServeAndLabelAsync(uri, Rows(300, seed: 11, keep: _ => true), labelOffset: 0);

        var result = await CliProcess.RunAsync(fixture.Project, "monitor", "run", "--model", uri, "--json");

        Assert.True(result.ExitCode == 0, result.Output);
        using var output = JsonDocument.Parse(result.Stdout);
        var report = output.RootElement.GetProperty("report");
        Assert.False(report.GetProperty("prediction_drift").GetProperty("detected").GetBoolean(), result.Stdout);
        Assert.False(report.GetProperty("drift").GetProperty("detected").GetBoolean(), result.Stdout);
        Assert.False(output.RootElement.GetProperty("performance_dropped").GetBoolean(), result.Stdout);
        var labelled = report.GetProperty("regression").GetProperty("labelled");
        Assert.Equal(300, labelled.GetProperty("count").GetInt32());
        Assert.Equal(Rmse(pairs), labelled.GetProperty("rmse").GetDouble(), 9);
        Assert.Equal(Mae(pairs), labelled.GetProperty("mae").GetDouble(), 9);

        var text = await CliProcess.RunAsync(fixture.Project, "monitor", "run", "--model", uri);
        Assert.True(text.ExitCode == 0, text.Output);
        Assert.Contains("prediction drift: no", text.Stdout, StringComparison.Ordinal);
        Assert.Contains($"labelled RMSE {Mlops.Cli.Infrastructure.Format.Number(Rmse(pairs))}, MAE {Mlops.Cli.Infrastructure.Format.Number(Mae(pairs))} (n=300) vs reference RMSE ",
            text.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("accuracy", text.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MonitorRun_ShiftedRowsAndWorseTrueValues_Exit3WithPredictionDriftAndTheRmseDrop()
    {
        var uri = await AliasAsync("shifted");
        // Only rows with a large x1 (still inside the trained range), and true values 4 above the table's.
        var pairs = await ServeAndLabelAsync(uri, Rows(300, seed: 12, keep: x1 => x1 >= 6), labelOffset: 4);

        var result = await CliProcess.RunAsync(fixture.Project, "monitor", "run", "--model", uri, "--json");

        Assert.True(result.ExitCode == MonitorRunCommand.ExitFinding, result.Output);
        using var output = JsonDocument.Parse(result.Stdout);
        var report = output.RootElement.GetProperty("report");
        Assert.True(report.GetProperty("prediction_drift").GetProperty("detected").GetBoolean(), result.Stdout);
        Assert.True(report.GetProperty("regression").GetProperty("labelled_drop").GetBoolean(), result.Stdout);
        using var store = fixture.OpenStore();
        var run = await store.Tracking.GetRunAsync(output.RootElement.GetProperty("run_id").GetString()!);
        var metrics = run.Metrics.ToDictionary(m => m.Key, m => m.Value);
        Assert.Equal(Rmse(pairs), metrics["performance.rmse"], 9);
        Assert.Equal(Mae(pairs), metrics["performance.mae"], 9);
        Assert.Equal(1, metrics["prediction_drift.detected"]);
        Assert.Equal(1, metrics["drift.detected.x1"]);
        using var evaluation = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(fixture.Project, "reports", "metrics.json")));
        Assert.Equal(evaluation.RootElement.GetProperty("rmse").GetDouble(), metrics["reference.rmse"], 5); // metrics.json keeps 6 decimals
        Assert.True(metrics["performance.rmse"] > 2 * metrics["reference.rmse"], $"{metrics["performance.rmse"]} vs {metrics["reference.rmse"]}");
    }

    [Fact]
    public async Task Feedback_BadLabelsForRegression_RejectedNamingTheIdAndTheRule()
    {
        var uri = await AliasAsync("feedback");
        using var store = fixture.OpenStore();
        await using var app = await StartServerAsync(store, uri);
        using var client = new HttpClient { BaseAddress = ServingApp.BoundAddress(app) };
        var (records, _) = Rows(4, seed: 13, keep: _ => true);
        var ids = (await PostAsync(client, "/predict/batch", new JsonObject { ["records"] = new JsonArray([.. records]) }))
            .RootElement.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("prediction_id").GetString()!).ToArray();

        var summary = (await PostAsync(client, "/feedback", new JsonArray(
            Label(ids[0], 12.5), Label(ids[1], "NaN"), Label(ids[2], "Infinity"), Label(ids[3], "Obese")))).RootElement;

        Assert.Equal(1, summary.GetProperty("accepted").GetInt32());
        var rejected = summary.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal(ids[1..], rejected.Select(r => r.GetProperty("prediction_id").GetString()));
        Assert.All(rejected, r => Assert.Contains($"of prediction {r.GetProperty("prediction_id").GetString()} is not a finite number", r.GetProperty("reason").GetString()));
        Assert.All(rejected, r => Assert.Contains("is a regression model", r.GetProperty("reason").GetString()));
    }

    [Fact]
    public async Task FeedbackImport_RegressionLabels_NumbersStoredOthersRejectedNamingTheIdAndTheRule()
    {
        var uri = await AliasAsync("imported");
        string[] ids;
        using (var store = fixture.OpenStore())
        {
            await using var app = await StartServerAsync(store, uri);
            using var client = new HttpClient { BaseAddress = ServingApp.BoundAddress(app) };
            using var answer = await PostAsync(client, "/predict/batch", new JsonObject { ["records"] = new JsonArray([.. Rows(3, seed: 14, keep: _ => true).Records]) });
            ids = [.. answer.RootElement.GetProperty("predictions").EnumerateArray().Select(p => p.GetProperty("prediction_id").GetString()!)];
            await app.StopAsync(); // writes the log's last batch
        }
        var csv = Path.Combine(fixture.Project, "labels.csv");
        await File.WriteAllTextAsync(csv, $"prediction_id,label\n{ids[0]},20.5\n{ids[1]},NaN\n{ids[2]},heavy\n");

        var result = await CliProcess.RunAsync(fixture.Project, "feedback", "import", "--input", csv, "--json");

        Assert.True(result.ExitCode == Commands.Feedback.FeedbackImportCommand.ExitRejected, result.Output);
        var summary = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(1, summary.GetProperty("accepted").GetInt32());
        var reasons = summary.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("reason").GetString()!).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Contains($"label 'NaN' of prediction {ids[1]} is not a finite number", reasons[0]);
        Assert.Contains($"label 'heavy' of prediction {ids[2]} is not a finite number", reasons[1]);
    }

    /// <summary>Serves <paramref name="uri"/>, posts the rows through /predict/batch and their true values (+ offset) to /feedback; (true, predicted) per row.</summary>
    private async Task<List<(double Label, double Predicted)>> ServeAndLabelAsync(string uri, (List<JsonObject> Records, List<double> Truth) rows, double labelOffset)
    {
        using var store = fixture.OpenStore();
        await using var app = await StartServerAsync(store, uri);
        using var client = new HttpClient { BaseAddress = ServingApp.BoundAddress(app) };
        using var answer = await PostAsync(client, "/predict/batch", new JsonObject { ["records"] = new JsonArray([.. rows.Records]) });
        var predictions = answer.RootElement.GetProperty("predictions").EnumerateArray()
            .Select(p => (Id: p.GetProperty("prediction_id").GetString()!, Value: p.GetProperty("prediction").GetDouble())).ToList();
        var labels = predictions.Select((p, i) => (Id: p.Id, Label: rows.Truth[i] + labelOffset)).ToList();
        using var summary = await PostAsync(client, "/feedback", new JsonArray([.. labels.Select(l => Label(l.Id, l.Label))]));
        Assert.Equal(rows.Records.Count, summary.RootElement.GetProperty("accepted").GetInt32());
        return [.. labels.Zip(predictions, (l, p) => (l.Label, p.Value))];
    }

    private async Task<string> AliasAsync(string alias)
    {
        using var store = fixture.OpenStore();
        await store.Registry.SetAliasAsync(RegressionTable.ModelName, alias, 1);
        return $"models:/{RegressionTable.ModelName}@{alias}";
    }

    /// <summary>Rows of the generated table whose x1 <paramref name="keep"/> accepts, as /predict records, and their targets.</summary>
    private static (List<JsonObject> Records, List<double> Truth) Rows(int count, int seed, Func<double, bool> keep)
    {
        var (records, truth) = (new List<JsonObject>(), new List<double>());
        foreach (var line in RegressionTable.Csv(count * 4, seed).TrimEnd('\n').Split('\n').Skip(1))
        {
            var f = line.Split(',');
            var x1 = Number(f[0]);
            if (records.Count == count || !keep(x1))
            {
                continue;
            }
            records.Add(new JsonObject { ["x1"] = x1, ["x2"] = Number(f[1]), ["x3"] = Number(f[2]), ["color"] = f[3], ["shape"] = f[4] });
            truth.Add(Number(f[5]));
        }
        Assert.Equal(count, records.Count);
        return (records, truth);
    }

    private static JsonObject Label(string id, JsonNode label) => new() { ["prediction_id"] = id, ["label"] = label };

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double Rmse(List<(double Label, double Predicted)> pairs) => Math.Sqrt(pairs.Average(p => (p.Label - p.Predicted) * (p.Label - p.Predicted)));

    private static double Mae(List<(double Label, double Predicted)> pairs) => pairs.Average(p => Math.Abs(p.Label - p.Predicted));

    private static async Task<Microsoft.AspNetCore.Builder.WebApplication> StartServerAsync(SqliteStore store, string uri)
    {
        var options = new ServingOptions { ModelUri = uri, Port = 0, PollInterval = TimeSpan.Zero };
        var signal = new LogSignal();
        var app = ServingApp.Build(options, store.Tracking, store.Registry, store.Artifacts, store.PredictionLog,
            builder => builder.Logging.AddProvider(signal), store.PredictionLog);
        // Armed before the start: the model may be swapped in before StartAsync returns.
        var loaded = signal.Next(line => line.StartsWith("Serving ", StringComparison.Ordinal));
        await app.StartAsync();
        await loaded.WaitAsync(TimeSpan.FromSeconds(20));
        return app;
    }

    private static async Task<JsonDocument> PostAsync(HttpClient client, string path, JsonNode body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text);
    }
}
