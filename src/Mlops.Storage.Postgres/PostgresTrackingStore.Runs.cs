using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Validation;
using Mlops.Storage.Postgres.Schema;
using Mlops.Storage.Postgres.Tracking;
using Npgsql;

namespace Mlops.Storage.Postgres;

public sealed partial class PostgresTrackingStore
{
    /// <summary>MLflow keeps the run name in this tag too; clients read either.</summary>
    public const string RunNameTag = "mlflow.runName";

    public Task<RunInfo> CreateRunAsync(string experimentId, string? runName, long startTime,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            var experiment = (await SelectExperimentsAsync(c, tx, "WHERE experiment_id = @id", ct, ("id", ExperimentIds.Parse(experimentId))))
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
                VALUES (@id, @experiment, @name, @status, @start, NULL, @uri, 'active');
                """, tx, ct, ("id", runId), ("experiment", ExperimentIds.Parse(experimentId)), ("name", name),
                ("status", TrackingText.Of(RunStatus.Running)), ("start", startTime), ("uri", paths.ToStored(info.ArtifactUri)));
            var allTags = new Dictionary<string, string>(tags ?? new Dictionary<string, string>()) { [RunNameTag] = name };
            foreach (var (key, value) in allTags)
            {
                EntityLimits.RunTag(key, value);
            }
            await UpsertTagsAsync(c, tx, runId, allTags, ct);
            return info;
        }, ct);

    public Task<RunInfo> UpdateRunAsync(string runId, RunStatus status, long? endTime, string? runName = null,
        CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            await RequireActiveRunAsync(c, tx, runId, ct);
            var name = string.IsNullOrWhiteSpace(runName) ? null : runName;
            await c.ExecuteAsync(
                """
                UPDATE runs SET status = @status, end_time = COALESCE(@end::bigint, end_time), run_name = COALESCE(@name::text, run_name)
                WHERE run_id = @id;
                """, tx, ct, ("status", TrackingText.Of(status)), ("end", endTime), ("name", name), ("id", runId));
            if (name is not null)
            {
                await UpsertTagsAsync(c, tx, runId, new Dictionary<string, string> { [RunNameTag] = name }, ct);
            }
            return Absolute((await SelectRunInfoAsync(c, tx, runId, ct))!);
        }, ct);

    public Task<Run> GetRunAsync(string runId, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
        {
            var info = await SelectRunInfoAsync(c, null, runId, ct) ?? throw RunRows.NotFound(runId);
            return (await LoadRunsAsync(c, [Absolute(info)], ct))[0];
        }, ct);

    public Task DeleteTagAsync(string runId, string key, CancellationToken ct = default) => runs.DeleteTagAsync(runId, key, ct);

    public Task DeleteRunAsync(string runId, CancellationToken ct = default) => runs.SetStageAsync(runId, LifecycleStage.Deleted, ct);

    public Task RestoreRunAsync(string runId, CancellationToken ct = default) => runs.SetStageAsync(runId, LifecycleStage.Active, ct);

    private RunInfo Absolute(RunInfo info) => info with { ArtifactUri = paths.FromStored(info.ArtifactUri) };

    private static Task<RunInfo> RequireActiveRunAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string runId, CancellationToken ct) =>
        RunRows.RequireActiveAsync(new SqlSession(c, tx, PostgresDialect.Instance), runId, ct);

    private static Task<RunInfo?> SelectRunInfoAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string runId, CancellationToken ct) =>
        RunRows.SelectAsync(new SqlSession(c, tx, PostgresDialect.Instance), runId, ct);

    /// <summary>Upserts in key order, so concurrent batches touching the same tags lock rows in the same order.</summary>
    private static Task UpsertTagsAsync(NpgsqlConnection c, NpgsqlTransaction tx, string runId,
        IReadOnlyDictionary<string, string> tags, CancellationToken ct)
    {
        if (tags.Count == 0)
        {
            return Task.CompletedTask;
        }
        var sorted = tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToArray();
        return c.ExecuteAsync(
            """
            INSERT INTO tags (run_id, key, value) SELECT @id, k, v FROM unnest(@keys::text[], @values::text[]) AS t(k, v)
            ON CONFLICT (run_id, key) DO UPDATE SET value = excluded.value;
            """, tx, ct, ("id", runId), ("keys", sorted.Select(t => t.Key).ToArray()), ("values", sorted.Select(t => t.Value).ToArray()));
    }
}
