using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Locking;
using Mlops.Pipeline.Params;
using Mlops.Pipeline.Running;

namespace Mlops.Pipeline.Tests.Support;

/// <summary>A throwaway workspace with a four-stage toy pipeline whose stages write small text files.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public const string PipelineYaml = """
        stages:
          prepare:
            deps: [data/raw.txt]
            params: [prep]
            outs: [data/clean.txt]
          features:
            deps: [data/clean.txt]
            params: [split]
            outs: [data/train.txt]
            metrics: [reports/features.json]
          train:
            deps: [data/train.txt]
            params: [model]
            outs: [models/model.txt]
          summary:
            deps: [data/clean.txt]
            outs: [reports/summary.txt]
        """;

    public const string ParamsYaml = """
        prep:
          upper: false
        split:
          seed: 42
          fraction: 0.2
        model:
          trainer: a
          lr: 0.1
        """;

    public TempWorkspace(string pipelineYaml = PipelineYaml)
    {
        Root = Path.Combine(Path.GetTempPath(), "mlops-pipeline-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Combine(Root, "pipeline.yaml"), pipelineYaml);
        File.WriteAllText(Path.Combine(Root, "params.yaml"), ParamsYaml);
        Write("data/raw.txt", "alpha\nbeta\n");
    }

    public string Root { get; }

    public List<string> Ran { get; } = [];

    public PipelineDefinition Definition => PipelineDefinition.Load(Path.Combine(Root, "pipeline.yaml"));

    public ParamsDocument LoadParams() => ParamsDocument.Load(Path.Combine(Root, "params.yaml"));

    public LockFile LoadLock() => LockFile.Load(Path.Combine(Root, "pipeline.lock"));

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public Dictionary<string, Func<StageContext, CancellationToken, Task>> Executors(TimeSpan? delay = null)
    {
        async Task Stage(StageContext ctx, CancellationToken ct, Action<StageContext> body)
        {
            lock (Ran)
            {
                Ran.Add(ctx.Stage.Name);
            }
            if (delay is { } d)
            {
                await Task.Delay(d, ct);
            }
            body(ctx);
        }
        return new()
        {
            ["prepare"] = (ctx, ct) => Stage(ctx, ct, c =>
            {
                var text = File.ReadAllText(c.InputPath("data/raw.txt"));
                var upper = c.Params.GetCanonicalValue("prep.upper") == "true";
                File.WriteAllText(c.OutputPath("data/clean.txt"), upper ? text.ToUpperInvariant() : text);
            }),
            // Uses only split.seed although it declares the whole split subtree: changing split.fraction reruns
            // it with byte-identical output.
            ["features"] = (ctx, ct) => Stage(ctx, ct, c =>
            {
                var text = File.ReadAllText(c.InputPath("data/clean.txt"));
                File.WriteAllText(c.OutputPath("data/train.txt"), text + "seed=" + c.Params.GetCanonicalValue("split.seed"));
                File.WriteAllText(c.OutputPath("reports/features.json"), "{\"rows\": 2}");
            }),
            ["train"] = (ctx, ct) => Stage(ctx, ct, c =>
                File.WriteAllText(c.OutputPath("models/model.txt"),
                    File.ReadAllText(c.InputPath("data/train.txt")) + c.Params.GetCanonicalValue("model"))),
            ["summary"] = (ctx, ct) => Stage(ctx, ct, c =>
                File.WriteAllText(c.OutputPath("reports/summary.txt"),
                    File.ReadAllLines(c.InputPath("data/clean.txt")).Length.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        };
    }

    public Task<PipelineRunResult> RunAsync(
        ParamsDocument? parameters = null,
        bool force = false,
        string? target = null,
        Dictionary<string, Func<StageContext, CancellationToken, Task>>? executors = null,
        IProgress<StageEvent>? progress = null)
    {
        Ran.Clear();
        var request = new PipelineRunRequest(Definition, parameters ?? LoadParams()) { Force = force, TargetStage = target };
        return new PipelineRunner().RunAsync(request, executors ?? Executors(), progress);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
