using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Validation;
using Mlops.Storage.Relational;
using Mlops.Storage.Postgres.Schema;
using Mlops.Storage.Postgres.Tracking;
using Npgsql;

namespace Mlops.Storage.Postgres;

/// <summary>
/// Experiments, runs, params, metrics and tags in PostgreSQL, with MLflow 2.x semantics and the same behaviour and
/// messages as the SQLite backend. Experiment "0" ("Default") always exists; a new experiment's artifacts default to
/// <c>&lt;artifactRoot&gt;/&lt;experimentId&gt;</c>; locations inside the artifact root are stored relative to it.
/// </summary>
public sealed partial class PostgresTrackingStore : ITrackingStore
{
    public const string DefaultExperimentName = "Default";

    private readonly PostgresDatabase database;
    private readonly string artifactRoot;
    private readonly StoreRelativePaths paths;
    private readonly TimeProvider time;
    private readonly ExperimentLifecycle experiments;
    private readonly RunLifecycle runs;

    /// <param name="artifactRoot">A folder path or a URI under which experiment artifact folders are made.</param>
    public PostgresTrackingStore(PostgresDatabase database, string artifactRoot, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactRoot);
        this.database = database;
        this.artifactRoot = artifactRoot.Contains("://", StringComparison.Ordinal)
            ? artifactRoot.TrimEnd('/')
            : Path.GetFullPath(artifactRoot).TrimEnd('/', '\\');
        paths = new StoreRelativePaths(this.artifactRoot);
        time = timeProvider ?? TimeProvider.System;
        experiments = new ExperimentLifecycle(database, time);
        runs = new RunLifecycle(database);
        EnsureDefaultExperiment();
    }

    public async Task<string> CreateExperimentAsync(string name, string? artifactLocation = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw MlopsException.Invalid("Invalid experiment name: the name must be a non-empty string.");
        }
        var id = await database.WriteAsync(async (c, tx) =>
        {
            // The identity column hands out ids without a lock; the unique name decides concurrent creations.
            var next = Convert.ToInt64(await c.ScalarAsync(
                """
                INSERT INTO experiments (name, artifact_location, lifecycle_stage, creation_time, last_update_time)
                VALUES (@name, '', 'active', @now, @now) ON CONFLICT (name) DO NOTHING RETURNING experiment_id;
                """, tx, ct, ("name", name), ("now", Now()))
                ?? throw MlopsException.Conflict($"Experiment(name={name}) already exists."), CultureInfo.InvariantCulture);
            await c.ExecuteAsync("UPDATE experiments SET artifact_location = @location WHERE experiment_id = @id;", tx, ct,
                ("location", paths.ToStored(artifactLocation ?? $"{artifactRoot}/{next}")), ("id", next));
            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                EntityLimits.ExperimentTag(key, value);
                await UpsertExperimentTagAsync(c, tx, next, key, value, ct);
            }
            return next;
        }, ct);
        return id.ToString(CultureInfo.InvariantCulture);
    }

    public Task<Experiment> GetExperimentAsync(string experimentId, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
            (await SelectExperimentsAsync(c, null, "WHERE experiment_id = @id", ct, ("id", ExperimentIds.Parse(experimentId)))).SingleOrDefault()
            ?? throw MlopsException.NotFound($"No Experiment with id={experimentId} exists"), ct);

    public Task<Experiment?> GetExperimentByNameAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
            (await SelectExperimentsAsync(c, null, "WHERE name = @name", ct, ("name", name))).SingleOrDefault(), ct);

    public Task<IReadOnlyList<Experiment>> ListExperimentsAsync(ViewType viewType = ViewType.ActiveOnly, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Experiment>>(async c =>
            await SelectExperimentsAsync(c, null, "WHERE lifecycle_stage = ANY(@stages)", ct, ("stages", TrackingText.Of(viewType))), ct);

    public Task SetExperimentTagAsync(string experimentId, string key, string value, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            var id = ExperimentIds.Parse(experimentId);
            if (await c.ScalarAsync("SELECT 1 FROM experiments WHERE experiment_id = @id;", tx, ct, ("id", id)) is null)
            {
                throw MlopsException.NotFound($"No Experiment with id={experimentId} exists");
            }
            EntityLimits.ExperimentTag(key, value);
            await UpsertExperimentTagAsync(c, tx, id, key, value, ct);
        }, ct);

    private void EnsureDefaultExperiment() =>
        database.WriteAsync((c, tx) => c.ExecuteAsync(
            """
            INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time)
            VALUES (0, @name, @location, 'active', @now, @now) ON CONFLICT DO NOTHING;
            """, tx, default, ("name", DefaultExperimentName), ("location", paths.ToStored($"{artifactRoot}/0")), ("now", Now())), default)
        .GetAwaiter().GetResult();

    private long Now() => time.GetUtcNow().ToUnixTimeMilliseconds();

    private static Task UpsertExperimentTagAsync(NpgsqlConnection c, NpgsqlTransaction tx, long id, string key, string value,
        CancellationToken ct) =>
        c.ExecuteAsync(
            """
            INSERT INTO experiment_tags (experiment_id, key, value) VALUES (@id, @key, @value)
            ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value;
            """, tx, ct, ("id", id), ("key", key), ("value", value));

    private async Task<List<Experiment>> SelectExperimentsAsync(NpgsqlConnection c, NpgsqlTransaction? tx, string where,
        CancellationToken ct, params (string, object?)[] parameters)
    {
        var rows = await c.QueryAsync(
            $"SELECT experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time FROM experiments {where} ORDER BY experiment_id;",
            tx, r => (Id: r.GetInt64(0), Name: r.GetString(1), Location: r.GetString(2), Stage: r.GetString(3),
                Created: r.GetInt64(4), Updated: r.GetInt64(5)), ct, parameters);
        var tags = await c.QueryAsync("SELECT experiment_id, key, value FROM experiment_tags WHERE experiment_id = ANY(@ids);", tx,
            r => (Id: r.GetInt64(0), Key: r.GetString(1), Value: r.GetString(2)), ct, ("ids", rows.Select(row => row.Id).ToArray()));
        return rows.Select(row => new Experiment(row.Id.ToString(CultureInfo.InvariantCulture), row.Name, paths.FromStored(row.Location),
            TrackingText.ParseStage(row.Stage), row.Created, row.Updated,
            tags.Where(t => t.Id == row.Id).ToDictionary(t => t.Key, t => t.Value))).ToList();
    }
}
