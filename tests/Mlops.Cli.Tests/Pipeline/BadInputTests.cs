using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Pipeline;

/// <summary>Bad input: a clear message naming what is wrong, a non-zero exit, and the last good run left intact.</summary>
public sealed class BadInputTests(GoodRunFixture good) : IClassFixture<GoodRunFixture>
{
    [Fact]
    public Task PipelineRun_MissingColumn_FailsNamingTheColumn() =>
        AssertRejectedAsync(ws => RawCsv.DropColumn(ws, "FAVC"), "FAVC", "missing");

    [Fact]
    public Task PipelineRun_NonNumericValue_FailsNamingRowColumnAndValue() =>
        AssertRejectedAsync(ws => RawCsv.SetCell(ws, 5, "Age", "abc"), "row 5", "Age", "abc");

    [Fact]
    public Task PipelineRun_UnknownCategory_FailsNamingTheValue() =>
        AssertRejectedAsync(ws => RawCsv.SetCell(ws, 3, "MTRANS", "Teleport"), "row 3", "MTRANS", "Teleport");

    [Fact]
    public Task PipelineRun_OutOfRangeValue_FailsNamingTheRange() =>
        AssertRejectedAsync(ws => RawCsv.SetCell(ws, 7, "Height", "3.5"), "row 7", "Height", "3.5");

    [Fact]
    public Task PipelineRun_EmptyFile_FailsSayingEmpty() =>
        AssertRejectedAsync(ws => File.WriteAllText(ws.RawCsv, ""), "empty");

    [Fact]
    public Task PipelineRun_ParamsWrongType_FailsNamingTheKey() =>
        AssertRejectedAsync(ws => ws.ReplaceInFile("params.yaml", "test_fraction: 0.2", "test_fraction: abc"), "split.test_fraction");

    [Fact]
    public Task PipelineRun_ParamsUnknownKey_FailsNamingTheKey() =>
        AssertRejectedAsync(ws => ws.ReplaceInFile("params.yaml", "  seed: 42\n  stratified", "  seed: 42\n  shuffle: true\n  stratified"), "split.shuffle");

    [Fact]
    public Task PipelineRun_SetUnknownKey_FailsNamingTheKey() =>
        AssertRejectedAsync(_ => { }, ["--set", "model.lightgbm.depth=3"], "model.lightgbm.depth");

    [Fact]
    public async Task Predict_UnknownModelUri_FailsNamingTheModel()
    {
        using var ws = good.Workspace.CopyTo();
        var result = await CliProcess.RunAsync(ws.Root, "predict", "--model", "models:/no_such_model@champion",
            "--input", ws.RawCsv, "--output", ws.PathOf("out.csv"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("no_such_model", result.Stderr);
        Assert.False(File.Exists(ws.PathOf("out.csv")));
    }

    [Fact]
    public async Task Predict_MalformedModelUri_FailsExplainingTheForms()
    {
        using var ws = good.Workspace.CopyTo();
        var result = await CliProcess.RunAsync(ws.Root, "predict", "--model", "obesity_classifier", "--input", ws.RawCsv, "--output", ws.PathOf("out.csv"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("models:/", result.Stderr);
    }

    private Task AssertRejectedAsync(Action<Workspace> breakIt, params string[] expected) => AssertRejectedAsync(breakIt, [], expected);

    private async Task AssertRejectedAsync(Action<Workspace> breakIt, string[] extraArgs, params string[] expected)
    {
        using var ws = good.Workspace.CopyTo();
        var versionsBefore = await StoreProbe.VersionCountAsync(ws);
        var guarded = new[] { "reports/metrics.json", "data/interim/clean.csv", "models/model.zip", "pipeline.lock" }
            .ToDictionary(p => p, p => File.ReadAllBytes(ws.PathOf(p)));
        breakIt(ws);

        var result = await CliProcess.RunAsync(ws.Root, ["pipeline", "run", .. extraArgs]);

        Assert.NotEqual(0, result.ExitCode);
        foreach (var text in expected)
        {
            Assert.Contains(text, result.Stderr, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(versionsBefore, await StoreProbe.VersionCountAsync(ws));
        foreach (var (path, bytes) in guarded)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(File.ReadAllBytes(ws.PathOf(path))), $"{path} changed");
        }
    }
}
