using Mlops.Cli.Tests.Support;
using Mlops.Core.Diagnostics;
using Mlops.Lifecycle;

namespace Mlops.Cli.Tests.Pipeline;

public sealed class ParamsParsedOnceTests(GoodRunFixture good) : IClassFixture<GoodRunFixture>
{
    [Fact]
    public async Task Run_StagesRerunWithOverride_ParsesParamsTextOnce()
    {
        using var ws = good.Workspace.CopyTo();
        var store = StoreProbe.Open(ws);
        var options = new PipelineRunOptions(ws.Root) { Overrides = ["model.lightgbm.num_iterations=60"] };

        using var parses = ParamsParseCounter.Begin();
        var report = await new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts).RunAsync(options);

        // train, evaluate and register ran (their params were tracked and the model packaged) on the one parsed tree.
        Assert.Equal(["train", "evaluate", "register"], report.Stages.Ran);
        Assert.Equal(1, parses.Count);
    }
}
