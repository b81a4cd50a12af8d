using Mlops.Core.Errors;
using Mlops.Pipeline.Params;
using Mlops.Pipeline.Status;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Status;

public sealed class PipelineStatusTests : IDisposable
{
    private readonly TempWorkspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private PipelineStatus Status(ParamsDocument? parameters = null) =>
        PipelineStatus.Compute(_ws.Definition, parameters ?? _ws.LoadParams());

    private IReadOnlyList<string> Reasons(PipelineStatus status, string stage) => status.Stages.Single(s => s.Stage == stage).Reasons;

    [Fact]
    public void Compute_NothingRun_EveryStageNeverRun()
    {
        var status = Status();

        Assert.False(status.IsUpToDate);
        Assert.Equal(["never run"], Reasons(status, "prepare"));
        Assert.Equal(["never run", "upstream stage 'features' is stale"], Reasons(status, "train"));
    }

    [Fact]
    public async Task Compute_AfterRun_UpToDate()
    {
        await _ws.RunAsync();

        var status = Status();

        Assert.True(status.IsUpToDate);
        Assert.All(status.Stages, s => Assert.Empty(s.Reasons));
    }

    [Fact]
    public async Task Compute_DepChanged_StageAndDownstreamStale()
    {
        await _ws.RunAsync();
        _ws.Write("data/raw.txt", "gamma\n");

        var status = Status();

        Assert.Equal(["dep changed: data/raw.txt"], Reasons(status, "prepare"));
        Assert.Equal(["upstream stage 'prepare' is stale"], Reasons(status, "features"));
        Assert.Equal(["upstream stage 'features' is stale"], Reasons(status, "train"));
        Assert.Equal(["upstream stage 'prepare' is stale"], Reasons(status, "summary"));
    }

    [Fact]
    public async Task Compute_DepMissing_Reported()
    {
        await _ws.RunAsync();
        File.Delete(Path.Combine(_ws.Root, "data/raw.txt"));

        Assert.Equal(["dep missing: data/raw.txt"], Reasons(Status(), "prepare"));
    }

    [Fact]
    public async Task Compute_SubtreeLeafChanged_NamesLeafWithValues()
    {
        await _ws.RunAsync();
        var parameters = _ws.LoadParams();
        parameters.ApplyOverride("model.lr", "0.3");
        parameters.ApplyOverride("model.trainer", "b");

        var status = Status(parameters);

        Assert.Equal(["params changed: model.trainer (a → b)", "params changed: model.lr (0.1 → 0.3)"], Reasons(status, "train"));
        Assert.Empty(Reasons(status, "features"));
    }

    [Fact]
    public async Task Compute_OutputsDeletedOrEdited_Reported()
    {
        await _ws.RunAsync();
        File.Delete(Path.Combine(_ws.Root, "models/model.txt"));
        _ws.Write("reports/features.json", "{}");

        var status = Status();

        Assert.Equal(["out missing: models/model.txt", "upstream stage 'features' is stale"], Reasons(status, "train"));
        Assert.Equal(["out modified: reports/features.json"], Reasons(status, "features"));
    }

    [Fact]
    public void Compute_StageUsesUnknownParamsKey_ErrorNamesStageAndKey()
    {
        var ex = Assert.Throws<MlopsException>(() => Status(ParamsDocument.FromText("prep: {upper: false}\nsplit: {seed: 1}\n")));

        Assert.Equal("stage 'train' uses params key 'model' which is not in params.yaml", ex.Message);
    }
}
