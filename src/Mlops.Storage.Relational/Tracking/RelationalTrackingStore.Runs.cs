using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Validation;

namespace Mlops.Storage.Relational.Tracking;

public abstract partial class RelationalTrackingStore
{
    /// <summary>MLflow keeps the run name in this tag too; clients read either.</summary>
    public const string RunNameTag = "mlflow.runName";

    public Task<RunInfo> CreateRunAsync(string experimentId, string? runName, long startTime,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            var id = ExperimentIds.Parse(experimentId);
            var experiment = await SelectExperimentAsync(s, id, ct)
                ?? throw MlopsException.NotFound($"No Experiment with id={experimentId} exists");
            if (experiment.LifecycleStage != LifecycleStage.Active)
            {
                throw MlopsException.Invalid($"The experiment {experimentId} must be in the 'active' state. Current state is deleted.");
            }
            string? taggedName = null;
            tags?.TryGetValue(RunNameTag, out taggedName);
            var name = string.IsNullOrWhiteSpace(runName) ? taggedName ?? RunNames.Generate() : runName;
            var runId = Guid.NewGuid().ToString("N");
            var info = new RunInfo(runId, experimentId, name, RunStatus.Running, startTime, null,
                $"{experiment.ArtifactLocation.TrimEnd('/')}/{runId}/artifacts", LifecycleStage.Active);
            await s.ExecuteAsync(
                """
                INSERT INTO runs (run_id, experiment_id, run_name, status, start_time, end_time, artifact_uri, lifecycle_stage)
                VALUES (@id, @experiment, @name, @status, @start, NULL, @uri, 'active');
                """, ct, ("@id", runId), ("@experiment", id), ("@name", name),
                ("@status", TrackingText.Of(RunStatus.Running)), ("@start", startTime), ("@uri", Paths.ToStored(info.ArtifactUri)));
            var allTags = new Dictionary<string, string>(tags ?? new Dictionary<string, string>()) { [RunNameTag] = name };
            foreach (var (key, value) in allTags)
            {
                EntityLimits.RunTag(key, value);
            }
            await UpsertTagsAsync(s, runId, allTags, ct);
            return info;
        }, ct);

    public Task<RunInfo> UpdateRunAsync(string runId, RunStatus status, long? endTime, string? runName = null,
        CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            await RunRows.RequireActiveAsync(s, runId, ct);
            var name = string.IsNullOrWhiteSpace(runName) ? null : runName;
            // Only the columns given are set, so no parameter is a bare NULL whose type PostgreSQL would have to guess.
            var set = new List<(string Column, object? Value)> { ("status", TrackingText.Of(status)) };
            if (endTime is not null)
            {
                set.Add(("end_time", endTime));
            }
            if (name is not null)
            {
                set.Add(("run_name", name));
            }
            await s.ExecuteAsync($"UPDATE runs SET {string.Join(", ", set.Select(c => $"{c.Column} = @{c.Column}"))} WHERE run_id = @id;", ct,
                [.. set.Select(c => ("@" + c.Column, c.Value)), ("@id", runId)]);
            if (name is not null)
            {
                await UpsertTagsAsync(s, runId, new Dictionary<string, string> { [RunNameTag] = name }, ct);
            }
            return Absolute((await RunRows.SelectAsync(s, runId, ct))!);
        }, ct);

    public virtual Task<Run> GetRunAsync(string runId, CancellationToken ct = default) =>
        database.ReadAsync(async s =>
        {
            var info = await RunRows.SelectAsync(s, runId, ct) ?? throw RunRows.NotFound(runId);
            return (await LoadRunsAsync(s, [Absolute(info)], ct))[0];
        }, ct);

    public Task DeleteTagAsync(string runId, string key, CancellationToken ct = default) => runs.DeleteTagAsync(runId, key, ct);

    public Task DeleteRunAsync(string runId, CancellationToken ct = default) => runs.SetStageAsync(runId, LifecycleStage.Deleted, ct);

    public Task RestoreRunAsync(string runId, CancellationToken ct = default) => runs.SetStageAsync(runId, LifecycleStage.Active, ct);

    /// <summary>Inserts or overwrites run tags; a backend may write them in one statement.</summary>
    private protected abstract Task UpsertTagsAsync(SqlSession s, string runId, IReadOnlyDictionary<string, string> tags,
        CancellationToken ct);

    /// <summary>Adds latest metrics, params and tags to run infos, in a fixed number of statements whatever their count.</summary>
    private protected abstract Task<IReadOnlyList<Run>> LoadRunsAsync(SqlSession s, IReadOnlyList<RunInfo> infos, CancellationToken ct);
}
