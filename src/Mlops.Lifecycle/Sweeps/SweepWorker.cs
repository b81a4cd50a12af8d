using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Lifecycle.Stages;
using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>
/// `mlops sweep --worker`: the other end of a sweep lane in its own process. ML.NET trains LightGBM under one
/// process-wide lock, so trials in one process train one at a time whatever the parallelism; a worker process has its
/// own. It reads the job, then one trial per line, and answers each with a line; it writes to no store (the sweep
/// records the child runs) and stops at the end of its input.
/// </summary>
public static class SweepWorker
{
    public static async Task RunAsync(TextReader input, TextWriter output, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var job = Read(await input.ReadLineAsync(ct), 1, "job", SweepWorkerJson.Default.SweepWorkerJob);
        FeatureTable? train = null;
        var number = 1;
        while (await input.ReadLineAsync(ct) is { } line)
        {
            var trial = Read(line, ++number, "trial", SweepWorkerJson.Default.SweepWorkerTrial);
            SweepWorkerReply reply;
            try
            {
                var (_, _, p) = LifecyclePipeline.Load(new PipelineRunOptions(job.Workspace)
                {
                    ParamsFile = job.ParamsFile,
                    Overrides = [.. job.Overrides, .. trial.Overrides],
                });
                train ??= FeatureTableReader.Read(Path.Combine(Path.GetFullPath(job.Workspace), new StagePaths(p).TrainTable));
                reply = new SweepWorkerReply(ModelTrainer.CrossValidate(p.Model, p.Schema.TargetClasses, train, job.Folds), null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                reply = new SweepWorkerReply(null, e.Message);
            }
            await output.WriteLineAsync(JsonSerializer.Serialize(reply, SweepWorkerJson.Default.SweepWorkerReply).AsMemory(), ct);
            await output.FlushAsync(ct);
        }
    }

    private static T Read<T>(string? line, int number, string what, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) where T : class
    {
        try
        {
            return (string.IsNullOrWhiteSpace(line) ? null : JsonSerializer.Deserialize(line, type))
                ?? throw MlopsException.Invalid($"sweep worker: input line {number} is empty; expected a {what}");
        }
        catch (JsonException e)
        {
            throw MlopsException.Invalid($"sweep worker: input line {number} is not a {what} ({e.Message}): {line}");
        }
    }
}
