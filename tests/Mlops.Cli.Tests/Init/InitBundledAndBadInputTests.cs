using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Init;

public sealed class InitBundledAndBadInputTests
{
    [Fact]
    public async Task InitWithoutData_ThenPipelineRun_GivesTheRepositoryWorkspacesMetrics()
    {
        using var ws = new InitFolder();
        using var repository = Workspace.Create();

        var init = await CliProcess.RunAsync(ws.Root, "init");
        Assert.True(init.ExitCode == 0, init.Output);
        var bundled = await CliProcess.RunAsync(ws.Root, "pipeline", "run");
        var original = await CliProcess.RunAsync(repository.Root, "pipeline", "run");

        Assert.True(bundled.ExitCode == 0 && original.ExitCode == 0, bundled.Output + original.Output);
        Assert.Contains("Registered obesity_classifier version 1", bundled.Stdout);
        Assert.Equal(await File.ReadAllTextAsync(repository.PathOf("reports/metrics.json")), await File.ReadAllTextAsync(ws.PathOf("reports/metrics.json")));
    }

    [Theory]
    [InlineData("x,y\n1,a\n2,b\n", "--target=nope", "no column 'nope'")]
    [InlineData("x,y\n1,a\n2,a\n", "--target=y", "one value ('a')")]
    [InlineData("", "--target=y", "is empty")]
    [InlineData("\u0000\u0001PK binary", "--target=y", "not a CSV")]
    [InlineData("just one column\nvalue\n", "--target=y", "line 1")]
    public async Task Init_BadInput_FailsWithAClearErrorAndWritesNothing(string csv, string target, string expected)
    {
        using var ws = new InitFolder();
        await File.WriteAllTextAsync(ws.PathOf("t.csv"), csv);

        var result = await CliProcess.RunAsync(ws.Root, "init", "--data", "t.csv", target, "project");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(expected, result.Stderr);
        Assert.Equal(["t.csv"], Directory.EnumerateFileSystemEntries(ws.Root).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Init_ExistingWorkspace_RefusesWithoutForce()
    {
        using var ws = new InitFolder();
        await File.WriteAllTextAsync(ws.PathOf("t.csv"), "x,y\n1,a\n2,b\n3,a\n");
        await File.WriteAllTextAsync(ws.PathOf("params.yaml"), "mine");

        var refused = await CliProcess.RunAsync(ws.Root, "init", "--data", "t.csv", "--target", "y");
        var forced = await CliProcess.RunAsync(ws.Root, "init", "--data", "t.csv", "--target", "y", "--force");

        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("--force", refused.Stderr);
        Assert.True(forced.ExitCode == 0, forced.Output);
        Assert.Contains("model_name: \"t\"", await File.ReadAllTextAsync(ws.PathOf("params.yaml")));
    }
}
