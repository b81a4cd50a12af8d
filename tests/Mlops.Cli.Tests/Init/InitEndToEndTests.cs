using System.Text.Json;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Init;

/// <summary>`mlops init` + `mlops pipeline run` + `mlops predict` on tables of six shapes, with no edit in between.</summary>
public sealed class InitEndToEndTests
{
    [Theory]
    [InlineData("binary", "churn_model")]
    [InlineData("ten classes", "bands")]
    [InlineData("numeric only", "sensors")]
    [InlineData("mostly categorical", "shop")]
    [InlineData("missing values", "loans")]
    [InlineData("accented header", "enquete_clients")]
    public async Task InitThenPipelineRun_GeneratedTable_RegistersAChampionThatBeatsTheMajorityClass(string shape, string model)
    {
        var table = GeneratedTables.ByName(shape);
        using var ws = new InitFolder();

        var (project, run) = await InitAndRunAsync(ws, table, model == "churn_model" ? ["--name", model] : []);
        var data = Directory.GetFiles(Path.Combine(project, "data", "raw")).Single();
        var predict = await CliProcess.RunAsync(project, "predict", "--model", $"models:/{model}@champion", "--input", data, "--output", "scored.csv");

        Assert.True(predict.ExitCode == 0, predict.Output);
        Assert.Contains($"Registered {model} version 1", run.Stdout);
        Assert.Equal(table.Labels.Count + 1, File.ReadAllLines(Path.Combine(project, "scored.csv")).Length);
        using var metrics = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(project, "reports", "metrics.json")));
        var accuracy = metrics.RootElement.GetProperty("accuracy").GetDouble();
        Assert.True(accuracy > table.MajorityShare, $"accuracy {accuracy} does not beat the majority class's {table.MajorityShare}");
    }

    [Fact]
    public async Task Serve_RequestWithoutAnImputedField_IsScoredAsWithTheFittedFill()
    {
        using var ws = new InitFolder();
        var (project, _) = await InitAndRunAsync(ws, GeneratedTables.WithMissingValues(), []);
        using var transform = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(project, "models", "feature_transform.json")));
        var income = transform.RootElement.GetProperty("input_columns").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "income");
        var fill = income.GetProperty("impute").GetString()!;

        await using var serve = await ServeProcess.StartAsync(project, "--model", "models:/loans@champion", "--port", "0", "--poll-interval", "0");
        using var client = new HttpClient { BaseAddress = serve.Url };
        var without = await PredictAsync(client, """{"debt": 30.5, "region": "east", "job": "c"}""");
        var filled = await PredictAsync(client, $$"""{"income": {{fill}}, "debt": 30.5, "region": "east", "job": "c"}""");
        var empty = await PredictAsync(client, """{"income": null, "debt": 30.5, "region": "", "job": "c"}""");

        Assert.Equal(filled, without);
        Assert.Equal(filled, empty);
    }

    [Fact]
    public async Task Init_AccentedHeader_PrintsTheInferredTableAndItsChoices()
    {
        var table = GeneratedTables.AccentedHeader();
        using var ws = new InitFolder();
        await File.WriteAllBytesAsync(ws.PathOf(table.FileName), table.Bytes);

        var init = await CliProcess.RunAsync(ws.Root, "init", "--data", table.FileName, "--target", "Résultat final", "project");

        Assert.True(init.ExitCode == 0, init.Output);
        foreach (var text in new[] { "Âge du client", "Catégorie socio_2", "delimiter: ';'", "byte-order mark", "CRLF", "decimal commas",
            "baseline: always answering", "model name: 'enquete_clients'" })
        {
            Assert.Contains(text, init.Stdout);
        }
        var yaml = await File.ReadAllTextAsync(ws.PathOf("project/params.yaml"));
        Assert.Contains("\"Âge du client\": { type: numeric", yaml);
        Assert.Contains("target: \"Résultat final\"", yaml);
    }

    private static async Task<(string Project, CliProcess.Result Run)> InitAndRunAsync(InitFolder ws, GeneratedTable table, string[] extra)
    {
        await File.WriteAllBytesAsync(ws.PathOf(table.FileName), table.Bytes);
        var init = await CliProcess.RunAsync(ws.Root, ["init", "--data", table.FileName, "--target", table.Target, .. extra, "project"]);
        Assert.True(init.ExitCode == 0, init.Output);
        var project = ws.PathOf("project");
        var run = await CliProcess.RunAsync(project, "pipeline", "run");
        Assert.True(run.ExitCode == 0, init.Output + run.Output);
        return (project, run);
    }

    /// <summary>The answer's prediction and probabilities (the prediction id differs per call).</summary>
    private static async Task<string> PredictAsync(HttpClient client, string json)
    {
        using var answer = await client.PostAsync("/predict", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var text = await answer.Content.ReadAsStringAsync();
        Assert.True(answer.IsSuccessStatusCode, text);
        using var body = JsonDocument.Parse(text);
        return body.RootElement.GetProperty("prediction").GetString() + " " + body.RootElement.GetProperty("probabilities").GetRawText();
    }
}
