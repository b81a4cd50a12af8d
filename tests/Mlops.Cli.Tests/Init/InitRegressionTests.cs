using System.Globalization;
using System.Text.Json;
using Mlops.Cli.Tests.Support;
using static Mlops.Cli.Tests.Init.GeneratedTable;

namespace Mlops.Cli.Tests.Init;

/// <summary>`mlops init` on a numeric target with many values infers regression; pipeline run and predict then work unedited.</summary>
public sealed class InitRegressionTests
{
    [Fact]
    public async Task InitThenPipelineRun_RegressionTable_RegistersAChampionThatBeatsTheMeanBaseline()
    {
        var table = HousePrices();
        using var ws = new InitFolder();
        await File.WriteAllBytesAsync(ws.PathOf(table.FileName), table.Bytes);

        var init = await CliProcess.RunAsync(ws.Root, "init", "--data", table.FileName, "--target", table.Target, "project");
        Assert.True(init.ExitCode == 0, init.Output);
        var project = ws.PathOf("project");
        Assert.Contains("task: regression", await File.ReadAllTextAsync(Path.Combine(project, "params.yaml")));
        var run = await CliProcess.RunAsync(project, "pipeline", "run");
        Assert.True(run.ExitCode == 0, init.Output + run.Output);
        var predict = await CliProcess.RunAsync(project, "predict", "--model", "models:/houses@champion",
            "--input", Path.Combine("data", "raw", table.FileName), "--output", "scored.csv");

        Assert.True(predict.ExitCode == 0, predict.Output);
        Assert.Contains("Registered houses version 1", run.Stdout);
        var scored = File.ReadAllLines(Path.Combine(project, "scored.csv"));
        Assert.Equal(table.Labels.Count + 1, scored.Length);
        using var metrics = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(project, "reports", "metrics.json")));
        var rmse = metrics.RootElement.GetProperty("rmse").GetDouble();
        var baseline = metrics.RootElement.GetProperty("baseline").GetProperty("rmse").GetDouble();
        Assert.True(rmse < 0.5 * baseline, $"rmse {rmse} does not beat half the mean baseline's {baseline}");
        Assert.True(ScoredRmse(scored, table.Labels) < 0.5 * MeanRmse(table.Labels), "the scored file's predictions do not beat the mean");
    }

    // price = 50 + 3 area + 20 rooms + district offset + N(0, 3)-like noise; 5% of the area cells empty (imputed).
    private static GeneratedTable HousePrices() => Build("regression", "houses.csv", "area,rooms,district,price", 500, r =>
    {
        var (area, rooms, district) = (30 + (r.NextDouble() * 120), 1 + r.Next(5), Pick(r, "old_town", "harbour", "hills"));
        var offset = district switch { "old_town" => 40.0, "harbour" => 15.0, _ => 0.0 };
        var price = 50 + (3 * area) + (20 * rooms) + offset + ((r.NextDouble() + r.NextDouble() + r.NextDouble() - 1.5) * 6);
        var areaCell = r.NextDouble() < 0.05 ? "" : N(area, "0.0");
        return ($"{areaCell},{rooms},{district}", N(price, "0.00"));
    });

    /// <summary>RMSE of the scored file's last column (the prediction) against the table's targets, row for row.</summary>
    private static double ScoredRmse(string[] scored, IReadOnlyList<string> labels)
    {
        var column = scored[0].Split(',').ToList().IndexOf("prediction");
        Assert.True(column >= 0, $"no prediction column in '{scored[0]}'");
        return Math.Sqrt(labels.Select((l, i) => Math.Pow(Number(l) - Number(scored[i + 1].Split(',')[column]), 2)).Average());
    }

    private static double MeanRmse(IReadOnlyList<string> labels)
    {
        var mean = labels.Average(Number);
        return Math.Sqrt(labels.Average(l => Math.Pow(Number(l) - mean, 2)));
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
