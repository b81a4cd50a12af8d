using Mlops.Pipeline.Running;
using Mlops.Pipeline.Status;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Status;

public sealed class UpToDateStampTests : IDisposable
{
    private const string Tool = "tool-1";
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private string ParamsPath => Path.Combine(_ws.Root, "params.yaml");

    private Task RunAsync(string? target = null, bool stamp = true) =>
        new PipelineRunner().RunAsync(
            new PipelineRunRequest(_ws.Definition, _ws.LoadParams())
            {
                TargetStage = target,
                StampParamsFile = stamp ? ParamsPath : null,
                ToolVersion = Tool,
            },
            _ws.Executors());

    private IReadOnlyList<string>? Check(string tool = Tool) => UpToDateStamp.Check(_ws.Root, ParamsPath, tool);

    /// <summary>Rewrites a file with a modification time clearly after the stamp's, as an edit minutes later would.</summary>
    private void Edit(string relativePath, string text)
    {
        _ws.Write(relativePath, text);
        File.SetLastWriteTimeUtc(Path.Combine(_ws.Root, relativePath), DateTime.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Check_AfterWholeRun_StagesInRunOrder()
    {
        await RunAsync();

        Assert.Equal(["prepare", "features", "train", "summary"], Check());
    }

    [Fact]
    public void Check_NeverRun_Null() => Assert.Null(Check());

    [Fact]
    public async Task Check_DepEdited_Null()
    {
        await RunAsync();
        Edit("data/raw.txt", "gamma\n");

        Assert.Null(Check());
    }

    [Fact]
    public async Task Check_ParamsEdited_Null()
    {
        await RunAsync();
        Edit("params.yaml", TempWorkspace.ParamsYaml.Replace("lr: 0.1", "lr: 0.2", StringComparison.Ordinal));

        Assert.Null(Check());
    }

    [Fact]
    public async Task Check_OutputDeleted_Null()
    {
        await RunAsync();
        File.Delete(Path.Combine(_ws.Root, "models/model.txt"));

        Assert.Null(Check());
    }

    [Fact]
    public async Task Check_OtherToolVersion_Null()
    {
        await RunAsync();

        Assert.Null(Check("tool-2"));
    }

    [Fact]
    public async Task Check_OtherParamsFile_Null()
    {
        await RunAsync();

        Assert.Null(UpToDateStamp.Check(_ws.Root, Path.Combine(_ws.Root, "other.yaml"), Tool));
    }

    [Fact]
    public async Task Check_CopiedWorkspaceWithEditedDep_JudgesTheCopy()
    {
        await RunAsync();
        var copy = Path.Combine(Path.GetTempPath(), "mlops-pipeline-tests", Guid.NewGuid().ToString("N"));
        try
        {
            CopyPreservingTimes(_ws.Root, copy);
            Assert.Equal(Check(), UpToDateStamp.Check(copy, Path.Combine(copy, "params.yaml"), Tool));

            File.WriteAllText(Path.Combine(copy, "data/raw.txt"), "gamma\n");
            File.SetLastWriteTimeUtc(Path.Combine(copy, "data/raw.txt"), DateTime.UtcNow.AddMinutes(1));

            Assert.Null(UpToDateStamp.Check(copy, Path.Combine(copy, "params.yaml"), Tool));
            Assert.NotNull(Check());
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public async Task RunAsync_TargetStage_RemovesStamp()
    {
        await RunAsync();
        await RunAsync(target: "train");

        Assert.Null(Check());
        Assert.False(File.Exists(Path.Combine(_ws.Root, UpToDateStamp.RelativePath)));
    }

    [Fact]
    public async Task RunAsync_WithoutStampParamsFile_WritesNoStamp()
    {
        await RunAsync(stamp: false);

        Assert.Null(Check());
    }

    [Fact]
    public async Task RunAsync_StageFails_NoStamp()
    {
        await RunAsync();
        Edit("data/raw.txt", "gamma\n");
        var executors = _ws.Executors();
        executors["train"] = (_, _) => throw new InvalidOperationException("boom");

        await Assert.ThrowsAsync<InvalidOperationException>(() => new PipelineRunner().RunAsync(
            new PipelineRunRequest(_ws.Definition, _ws.LoadParams()) { StampParamsFile = ParamsPath, ToolVersion = Tool }, executors));

        Assert.Null(Check());
    }

    private static void CopyPreservingTimes(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
    }
}
