namespace Mlops.Core.Tracking;

/// <summary>Experiments, runs, params, metrics and tags. Implemented by each backend (SQLite, PostgreSQL, MLflow REST).</summary>
public interface ITrackingStore
{
    /// <summary>The store's dataset inputs of runs (MLflow's runs/log-inputs); null where the backend keeps none.</summary>
    IRunInputStore? RunInputs => null;

    Task<string> CreateExperimentAsync(string name, string? artifactLocation = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default);

    Task<Experiment> GetExperimentAsync(string experimentId, CancellationToken ct = default);

    /// <summary>Returns null when no experiment has that name.</summary>
    Task<Experiment?> GetExperimentByNameAsync(string name, CancellationToken ct = default);

    Task<IReadOnlyList<Experiment>> ListExperimentsAsync(ViewType viewType = ViewType.ActiveOnly, CancellationToken ct = default);

    Task SetExperimentTagAsync(string experimentId, string key, string value, CancellationToken ct = default);

    /// <summary>
    /// Soft-deletes an active experiment and its runs (lifecycle stage deleted): hidden from default listings and
    /// searches, still readable by id and name, restorable, and its name stays taken. Experiment "0" cannot be deleted.
    /// </summary>
    Task DeleteExperimentAsync(string experimentId, CancellationToken ct = default);

    /// <summary>Makes a deleted experiment and all its runs active again, as MLflow does.</summary>
    Task RestoreExperimentAsync(string experimentId, CancellationToken ct = default);

    /// <summary>Renames an active experiment; the new name must not be taken by any experiment, deleted or not.</summary>
    Task RenameExperimentAsync(string experimentId, string newName, CancellationToken ct = default);

    Task<RunInfo> CreateRunAsync(string experimentId, string? runName, long startTime,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default);

    Task<RunInfo> UpdateRunAsync(string runId, RunStatus status, long? endTime, string? runName = null, CancellationToken ct = default);

    Task<Run> GetRunAsync(string runId, CancellationToken ct = default);

    /// <summary>
    /// The one write path for run data: single writes delegate here. Logging a param twice with a different value
    /// is an <see cref="Errors.ErrorCode.InvalidParameterValue"/> error, as in MLflow.
    /// </summary>
    Task LogBatchAsync(string runId, IReadOnlyList<Metric> metrics, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<string, string> tags, CancellationToken ct = default);

    Task DeleteTagAsync(string runId, string key, CancellationToken ct = default);

    Task<IReadOnlyList<Metric>> GetMetricHistoryAsync(string runId, string key, CancellationToken ct = default);

    Task<Page<Run>> SearchRunsAsync(RunSearch search, CancellationToken ct = default);

    Task DeleteRunAsync(string runId, CancellationToken ct = default);

    Task RestoreRunAsync(string runId, CancellationToken ct = default);
}
