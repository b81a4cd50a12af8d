using Mlops.Core.Errors;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>
/// The lanes of a sweep. With <see cref="SweepRequest.WorkerProcess"/> each lane is a worker process, because ML.NET
/// trains LightGBM under a process-wide lock and a worker runs without tiered compilation; without it (or when a worker
/// does not start) the lanes left are in this process.
/// </summary>
internal sealed class SweepWorkers : IAsyncDisposable
{
    private readonly List<WorkerCrossValidator> started;

    private SweepWorkers(List<WorkerCrossValidator> started)
    {
        this.started = started;
    }

    public static async Task<SweepWorkers> StartAsync(SweepRequest request, int count, SweepWorkerJob job, CancellationToken ct)
    {
        var started = new List<WorkerCrossValidator>();
        for (var i = 0; i < count && request.WorkerProcess is { } start; i++)
        {
            try
            {
                started.Add(await WorkerCrossValidator.StartAsync(start(), job, ct));
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException or MlopsException)
            {
                request.Say($"a sweep worker did not start ({e.Message}); its trials train in this process");
                break;
            }
        }
        return new SweepWorkers(started);
    }

    public int Count => started.Count;

    /// <summary><paramref name="parallelism"/> lanes: the workers, then as many in this process as did not start.</summary>
    public IReadOnlyList<ITrialCrossValidator> Lanes(Lazy<FeatureTable> train, int parallelism, int folds)
    {
        var lanes = new List<ITrialCrossValidator>(started.Take(parallelism));
        while (lanes.Count < parallelism)
        {
            lanes.Add(new InProcessCrossValidator(train, folds));
        }
        return lanes;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in started)
        {
            await worker.DisposeAsync();
        }
    }
}
