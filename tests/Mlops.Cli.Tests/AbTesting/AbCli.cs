using System.Text.Json;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>`mlops ab` run as a process in a seeded workspace (golden_model: v1 @champion, run accuracy 0.91; v2 @challenger).</summary>
internal static class AbCli
{
    /// <summary>An MDE this large keeps the horizon small: 184 labelled predictions per variant from baseline 0.91.</summary>
    public const string SmallHorizonEffect = "0.1";

    public static Task<CliProcess.Result> RunAsync(Workspace ws, params string[] args) =>
        CliProcess.RunAsync(ws.Root, new Dictionary<string, string> { ["USER"] = "tester" }, ["ab", .. args]);

    /// <summary>Starts champion (v1) against challenger (v2) and returns the test's id.</summary>
    public static async Task<string> StartAsync(Workspace ws, string name, params string[] extra)
    {
        var result = await RunAsync(ws, ["start", "--name", name, "--model", SeededStore.Model, "--variant", "champion=@champion",
            "--variant", "challenger=@challenger", "--min-detectable-effect", SmallHorizonEffect, "--json", .. extra]);
        Assert.True(result.ExitCode == 0, result.Output);
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.GetProperty("id").GetString()!;
    }

    public static JsonElement Json(CliProcess.Result result)
    {
        Assert.True(result.Stdout.TrimStart().StartsWith('{') || result.Stdout.TrimStart().StartsWith('['), result.Output);
        using var json = JsonDocument.Parse(result.Stdout);
        return json.RootElement.Clone();
    }
}
