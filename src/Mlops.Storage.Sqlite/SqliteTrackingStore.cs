using Microsoft.Data.Sqlite;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Validation;
using Mlops.Storage.Relational;
using Mlops.Storage.Sqlite.Schema;
using Mlops.Storage.Sqlite.Tracking;

namespace Mlops.Storage.Sqlite;

/// <summary>
/// Experiments, runs, params, metrics and tags in a SQLite file, with MLflow 2.x semantics. Experiment "0" ("Default")
/// always exists; a new experiment's artifacts default to <c>&lt;artifactRoot&gt;/&lt;experimentId&gt;</c>. Locations
/// inside the artifact root are stored relative to it (see <see cref="StoreRelativePaths"/>).
/// </summary>
public sealed partial class SqliteTrackingStore : ITrackingStore
{
    public const string DefaultExperimentName = "Default";

    private readonly SqliteDatabase database;
    private readonly string artifactRoot;
    private readonly StoreRelativePaths paths;
    private readonly TimeProvider time;
    private readonly ExperimentLifecycle experiments;
    private readonly RunLifecycle runs;

    /// <param name="artifactRoot">A folder path or <c>file://</c> URI under which experiment artifact folders are made.</param>
    public SqliteTrackingStore(SqliteDatabase database, string artifactRoot, TimeProvider? timeProvider = null)
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
            if (await c.ScalarAsync("SELECT 1 FROM experiments WHERE name = $name;", tx, ct, ("$name", name)) is not null)
            {
                throw MlopsException.Conflict($"Experiment(name={name}) already exists.");
            }
            var next = Convert.ToInt64(await c.ScalarAsync("SELECT COALESCE(MAX(experiment_id), -1) + 1 FROM experiments;", tx, ct));
            await InsertExperimentAsync(c, tx, next, name, artifactLocation ?? $"{artifactRoot}/{next}", ct);
            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                EntityLimits.ExperimentTag(key, value);
                await UpsertExperimentTagAsync(c, tx, next, key, value, ct);
            }
            return next;
        }, ct);
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<Experiment> GetExperimentAsync(string experimentId, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
            (await SelectExperimentsAsync(c, null, "WHERE experiment_id = $id", ct, ("$id", ExperimentIds.Parse(experimentId)))).SingleOrDefault()
            ?? throw MlopsException.NotFound($"No Experiment with id={experimentId} exists"), ct);

    public Task<Experiment?> GetExperimentByNameAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync(async c =>
            (await SelectExperimentsAsync(c, null, "WHERE name = $name", ct, ("$name", name))).SingleOrDefault(), ct);

    public Task<IReadOnlyList<Experiment>> ListExperimentsAsync(ViewType viewType = ViewType.ActiveOnly, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Experiment>>(async c =>
            await SelectExperimentsAsync(c, null, $"WHERE lifecycle_stage IN {TrackingText.InList(viewType)}", ct), ct);

    public Task SetExperimentTagAsync(string experimentId, string key, string value, CancellationToken ct = default) =>
        database.WriteAsync(async (c, tx) =>
        {
            var id = ExperimentIds.Parse(experimentId);
            if (await c.ScalarAsync("SELECT 1 FROM experiments WHERE experiment_id = $id;", tx, ct, ("$id", id)) is null)
            {
                throw MlopsException.NotFound($"No Experiment with id={experimentId} exists");
            }
            EntityLimits.ExperimentTag(key, value);
            await UpsertExperimentTagAsync(c, tx, id, key, value, ct);
        }, ct);

    private void EnsureDefaultExperiment() =>
        database.WriteAsync(async (c, tx) =>
        {
            if (await c.ScalarAsync("SELECT 1 FROM experiments WHERE experiment_id = 0;", tx, default) is null)
            {
                await InsertExperimentAsync(c, tx, 0, DefaultExperimentName, $"{artifactRoot}/0", default);
            }
        }, default).GetAwaiter().GetResult();

    private async Task InsertExperimentAsync(SqliteConnection c, SqliteTransaction tx, long id, string name, string location,
        CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        await c.ExecuteAsync(
            """
            INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time)
            VALUES ($id, $name, $location, 'active', $now, $now);
            """, tx, ct, ("$id", id), ("$name", name), ("$location", paths.ToStored(location)), ("$now", now));
    }

    private static Task UpsertExperimentTagAsync(SqliteConnection c, SqliteTransaction tx, long id, string key, string value,
        CancellationToken ct) =>
        c.ExecuteAsync(
            """
            INSERT INTO experiment_tags (experiment_id, key, value) VALUES ($id, $key, $value)
            ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value;
            """, tx, ct, ("$id", id), ("$key", key), ("$value", value));

    private async Task<List<Experiment>> SelectExperimentsAsync(SqliteConnection c, SqliteTransaction? tx, string where, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        var rows = await c.QueryAsync(
            $"SELECT experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time FROM experiments {where} ORDER BY experiment_id;",
            tx, r => (Id: r.GetInt64(0), Name: r.GetString(1), Location: r.GetString(2), Stage: r.GetString(3),
                Created: r.GetInt64(4), Updated: r.GetInt64(5)), ct, parameters);
        var experiments = new List<Experiment>(rows.Count);
        foreach (var row in rows)
        {
            var tags = await c.QueryAsync("SELECT key, value FROM experiment_tags WHERE experiment_id = $id;", tx,
                r => KeyValuePair.Create(r.GetString(0), r.GetString(1)), ct, ("$id", row.Id));
            experiments.Add(new Experiment(row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), row.Name,
                paths.FromStored(row.Location), TrackingText.ParseStage(row.Stage), row.Created, row.Updated, new Dictionary<string, string>(tags)));
        }
        return experiments;
    }
}
