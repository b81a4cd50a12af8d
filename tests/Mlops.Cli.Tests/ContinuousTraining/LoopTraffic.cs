using System.Globalization;
using System.Text.Json;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>`mlops simulate traffic` as the loop tests use it, and the figures they read from its JSON summary.</summary>
public static class LoopTraffic
{
    /// <summary>The scenario's concept drift: every row's Weight 8 lower, its label unchanged.</summary>
    public const string Drift = "Weight:-8";

    /// <summary>
    /// Sends rows of <paramref name="from"/> to <paramref name="server"/>; with <paramref name="feedLabels"/> false no label
    /// is posted back, so the traffic only measures (the accuracy in the summary compares the answers with the true labels).
    /// </summary>
    public static async Task<JsonElement> SendAsync(Workspace ws, Uri server, string from, int rows, bool feedLabels, string? drift = Drift, int seed = 7)
    {
        List<string> args = ["simulate", "traffic", "--url", server.ToString(), "--from", from,
            "--rows", rows.ToString(CultureInfo.InvariantCulture), "--label-share", feedLabels ? "1" : "0",
            "--seed", seed.ToString(CultureInfo.InvariantCulture), "--json"];
        if (drift is not null)
        {
            args.AddRange(["--drift", drift]);
        }
        var result = await CliProcess.RunAsync(ws.Root, [.. args]);
        Assert.True(result.ExitCode == 0, result.Output);
        var summary = JsonDocument.Parse(result.Stdout).RootElement.Clone();
        Assert.True(summary.GetProperty("refused").GetInt32() == 0, summary.ToString());
        Assert.Equal(rows, summary.GetProperty("answered").GetInt32());
        if (feedLabels)
        {
            Assert.Equal(rows, summary.GetProperty("labels_accepted").GetInt32());
        }
        return summary;
    }

    public static double Accuracy(JsonElement summary) => summary.GetProperty("accuracy").GetDouble();

    /// <summary>Rows of the pipeline's split (data/processed/train.csv or test.csv), so traffic sends each row once.</summary>
    public static int SplitRows(Workspace ws, string split) =>
        File.ReadLines(ws.PathOf($"data/processed/{split}.csv")).Count(l => l.Length > 0) - 1;
}
