using Microsoft.Data.Sqlite;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Validation;
using Mlops.Storage.Sqlite.Schema;
using Mlops.Storage.Sqlite.Tracking;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteTrackingStore
{
    /// <summary>MLflow keeps the run name in this tag too; clients read either.</summary>
    public const string RunNameTag = "mlflow.runName";

    public Task<RunInfo> CreateRunAsync(string experimentId, string? runName, long startTime,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            var experiment = (await SelectExperimentsAsync(c, tx, "WHERE experiment_id = $id", ct, ("$id", ExperimentIds.Parse(experimentId))))
                .SingleOrDefault() ?? throw MlopsException.NotFound($"No Experiment with id={experimentId} exists");
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
            await c.ExecuteAsync(
                """
                INSERT INTO runs (run_id, experiment_id, run_name, status, start_time, end_time, artifact_uri, lifecycle_stage)
                VALUES ($id, $experiment, $name, $status, $start, NULL, $uri, 'active');
                """, tx, ct, ("$id", runId), ("$experiment", ExperimentIds.Parse(experimentId)), ("$name", name),
                ("$status", TrackingText.Of(RunStatus.Running)), ("$start", startTime), ("$uri", paths.ToStored(info.ArtifactUri)));
            var allTags = new Dictionary<string, string>(tags ?? new Dictionary<string, string>()) { [RunNameTag] = name };
            foreach (var (key, value) in allTags)
            {
                EntityLimits.RunTag(key, value);
                await UpsertTagAsync(c, tx, runId, key, value, ct);
            }
            return info;
        }, ct);

    public Task<RunInfo> UpdateRunAsync(string runId, RunStatus status, long? endTime, string? runName = null,
        CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            await RequireActiveRunAsync(c, tx, runId, ct);
            await c.ExecuteAsync(
                """
                UPDATE runs SET status = $status, end_time = COALESCE($end, end_time), run_name = COALESCE($name, run_name)
                WHERE run_id = $id;
                """, tx, ct, ("$status", TrackingText.Of(status)), ("$end", endTime),
                ("$name", string.IsNullOrWhiteSpace(runName) ? null : runName), ("$id", runId));
            if (!string.IsNullOrWhiteSpace(runName))
            {
                await UpsertTagAsync(c, tx, runId, RunNameTag, runName, ct);
            }
            return Absolute((await SelectRunInfoAsync(c, tx, runId, ct))!);
        }, ct);

    public Task<Run> GetRunAsync(string runId, CancellationToken ct = default) =>
        database.ReadAsync(async c => await RunReader.ReadAsync(c, runId, ct) is { } run
            ? run with { Info = Absolute(run.Info) }
            : throw RunRows.NotFound(runId), ct);

    public Task DeleteTagAsync(string runId, string key, CancellationToken ct = default) => runs.DeleteTagAsync(runId, key, ct);

    public Task DeleteRunAsync(string runId, CancellationToken ct = default) => runs.SetStageAsync(runId, LifecycleStage.Deleted, ct);

    public Task RestoreRunAsync(string runId, CancellationToken ct = default) => runs.SetStageAsync(runId, LifecycleStage.Active, ct);

    private RunInfo Absolute(RunInfo info) => info with { ArtifactUri = paths.FromStored(info.ArtifactUri) };

    private static Task<RunInfo> RequireActiveRunAsync(SqliteConnection c, SqliteTransaction? tx, string runId, CancellationToken ct) =>
        RunRows.RequireActiveAsync(new SqlSession(c, tx, SqliteDialect.Instance), runId, ct);

    private static Task<RunInfo?> SelectRunInfoAsync(SqliteConnection c, SqliteTransaction? tx, string runId, CancellationToken ct) =>
        RunRows.SelectAsync(new SqlSession(c, tx, SqliteDialect.Instance), runId, ct);

    private static Task UpsertTagAsync(SqliteConnection c, SqliteTransaction tx, string runId, string key, string value,
        CancellationToken ct) =>
        c.ExecuteAsync(
            """
            INSERT INTO tags (run_id, key, value) VALUES ($id, $key, $value)
            ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value;
            """, tx, ct, ("$id", runId), ("$key", key), ("$value", value));
}
