namespace Mlops.Lifecycle.Sweeps;

/// <summary>What `mlops sweep` was asked: the workspace, fixed overrides, and either a grid or a number of random trials.</summary>
public sealed record SweepRequest(string Workspace, StoreSet Stores)
{
    public string? ParamsFile { get; init; }
    /// <summary>`--set key=value` assignments every trial (and the retrained best) starts from.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];
    /// <summary>`--grid key=v1,v2` options; empty for a random search.</summary>
    public IReadOnlyList<string> Grid { get; init; } = [];
    /// <summary>`--random N`: N trials drawn from sweep.space; null for a grid.</summary>
    public int? RandomTrials { get; init; }
    /// <summary>Overrides sweep.seed (the random draws).</summary>
    public int? Seed { get; init; }
    /// <summary>Overrides sweep.parallelism.</summary>
    public int? Parallelism { get; init; }
    /// <summary>
    /// Starts this program as a sweep worker (<see cref="SweepWorker"/>); every lane then trains in a worker
    /// process. Null keeps every lane in this process, where ML.NET trains one LightGBM model at a time.
    /// </summary>
    public Func<System.Diagnostics.ProcessStartInfo>? WorkerProcess { get; init; }
    public TimeProvider Time { get; init; } = TimeProvider.System;
    /// <summary>Told each step (a trial finished or failed, the retrain of the best); the library never writes to the console.</summary>
    public Action<string>? OnProgress { get; init; }
    /// <summary>The stage events of the pipeline runs the sweep starts (features first, the best trial's retrain last).</summary>
    public IProgress<Pipeline.Running.StageEvent>? StageProgress { get; init; }

    internal void Say(string message) => OnProgress?.Invoke(message);
}
