using Mlops.Pipeline.Running;
using Mlops.Pipeline.Tests.Support;

namespace Mlops.Pipeline.Tests.Running;

public sealed class PipelineRunnerOutputTests : IDisposable
{
    private const string FiguresPipeline = """
        stages:
          plot:
            deps: [data/raw.txt]
            params: [model.trainer]
            plots: [reports/figures]
          use:
            deps: [reports/figures/a.txt]
            outs: [copy.txt]
        """;

    private readonly TempWorkspace _ws = new(FiguresPipeline);

    public void Dispose() => _ws.Dispose();

    private Dictionary<string, Func<StageContext, CancellationToken, Task>> Executors(params string[] figures) => new()
    {
        ["plot"] = (ctx, _) =>
        {
            foreach (var name in figures)
            {
                File.WriteAllText(ctx.OutputPath($"reports/figures/{name}"), name + ctx.Params.GetCanonicalValue("model.trainer"));
            }
            return Task.CompletedTask;
        },
        ["use"] = (ctx, _) =>
        {
            File.Copy(ctx.InputPath("reports/figures/a.txt"), ctx.OutputPath("copy.txt"));
            return Task.CompletedTask;
        },
    };

    [Fact]
    public async Task RunAsync_DirectoryOutput_ReplacedWholeAndHashedAsDirectory()
    {
        await _ws.RunAsync(executors: Executors("a.txt", "b.txt"));
        var parameters = _ws.LoadParams();
        parameters.ApplyOverride("model.trainer", "z");

        var result = await _ws.RunAsync(parameters, executors: Executors("a.txt"));

        Assert.Equal(["plot", "use"], result.Ran);
        Assert.Equal(["a.txt"], Directory.GetFiles(Path.Combine(_ws.Root, "reports/figures")).Select(Path.GetFileName));
        Assert.Equal("a.txt\"z\"", _ws.Read("copy.txt"));
        Assert.Equal("reports/figures", _ws.LoadLock().Find("plot")!.Outs.Single().Path);
    }

    [Fact]
    public async Task RunAsync_FileInsideDirectoryOutputEdited_StageStale()
    {
        await _ws.RunAsync(executors: Executors("a.txt"));
        _ws.Write("reports/figures/extra.txt", "x");

        var result = await _ws.RunAsync(executors: Executors("a.txt"));

        Assert.Equal(["out modified: reports/figures"], result["plot"].Reasons);
        Assert.Equal(StageOutcome.Skipped, result["use"].Outcome);
    }

    [Fact]
    public async Task RunAsync_Cancelled_KeepsOutputsAndLock()
    {
        await _ws.RunAsync(executors: Executors("a.txt"));
        var lockBefore = File.ReadAllText(Path.Combine(_ws.Root, "pipeline.lock"));
        using var cts = new CancellationTokenSource();
        var executors = Executors("a.txt");
        executors["plot"] = async (ctx, ct) =>
        {
            File.WriteAllText(ctx.OutputPath("reports/figures/a.txt"), "partial");
            await cts.CancelAsync();
            ct.ThrowIfCancellationRequested();
        };
        var request = new PipelineRunRequest(_ws.Definition, _ws.LoadParams()) { Force = true };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new PipelineRunner().RunAsync(request, executors, null, cts.Token));

        Assert.Equal("a.txt\"a\"", _ws.Read("reports/figures/a.txt"));
        Assert.Equal(lockBefore, File.ReadAllText(Path.Combine(_ws.Root, "pipeline.lock")));
    }

    [Fact]
    public async Task RunAsync_Context_ExposesEffectiveParamsYamlAndReasons()
    {
        string? yaml = null;
        IReadOnlyList<string>? reasons = null;
        var executors = Executors("a.txt");
        var plot = executors["plot"];
        executors["plot"] = (ctx, ct) =>
        {
            (yaml, reasons) = (ctx.ParamsYaml, ctx.Reasons);
            return plot(ctx, ct);
        };
        var parameters = _ws.LoadParams();
        parameters.ApplyOverride("split.seed", "7");

        await _ws.RunAsync(parameters, executors: executors);

        Assert.Contains("seed: 7", yaml);
        Assert.Equal(["never run"], reasons);
    }
}
