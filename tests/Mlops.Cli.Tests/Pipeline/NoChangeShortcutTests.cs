using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Pipeline;

/// <summary>`mlops pipeline run` as a process: the no-change answer from the up-to-date stamp, and no stale answer after a change.</summary>
public sealed class NoChangeShortcutTests
{
    private static readonly string[] Stages = ["preprocess", "features", "validate_features", "train", "evaluate", "register"];

    [Fact]
    public async Task PipelineRun_SecondRunThenRawCsvChanged_SkipsEverythingThenRerunsEverything()
    {
        using var ws = Workspace.Create();
        var first = await CliProcess.RunAsync(ws.Root, "pipeline", "run");
        Assert.True(first.ExitCode == 0, first.Output);

        var second = await CliProcess.RunAsync(ws.Root, "pipeline", "run");
        Assert.Equal(0, second.ExitCode);
        Assert.All(Stages, s => Assert.Contains($"- {s}: skipped (up to date)", second.Stdout, StringComparison.Ordinal));
        Assert.Contains("Nothing changed", second.Stdout, StringComparison.Ordinal);

        RawCsv.DropLastRow(ws);
        File.SetLastWriteTimeUtc(ws.RawCsv, DateTime.UtcNow.AddMinutes(1));
        var third = await CliProcess.RunAsync(ws.Root, "pipeline", "run");
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.All(Stages, s => Assert.Contains($"{s}: done", third.Stdout, StringComparison.Ordinal));
    }
}
