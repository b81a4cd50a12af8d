using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Core.Validation;

namespace Mlops.Storage.Relational.Tracking;

/// <summary>
/// Experiments, runs, params, metrics and tags with MLflow 2.x semantics, in SQL that SQLite and PostgreSQL both run;
/// a backend supplies only its fast paths (batch writes, loading run data, search SQL). Experiment "0" ("Default")
/// always exists; a new experiment's artifacts default to <c>&lt;artifactRoot&gt;/&lt;experimentId&gt;</c>; locations
/// inside the artifact root are stored relative to it (see <see cref="StoreRelativePaths"/>).
/// </summary>
public abstract partial class RelationalTrackingStore : ITrackingStore
{
    public const string DefaultExperimentName = "Default";

    private readonly IRelationalDatabase database;
    private readonly string artifactRoot;
    private readonly ExperimentLifecycle experiments;
    private readonly RunLifecycle runs;

    /// <param name="artifactRoot">A folder path or a URI under which experiment artifact folders are made.</param>
    private protected RelationalTrackingStore(IRelationalDatabase database, string artifactRoot, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(artifactRoot);
        this.database = database;
        this.artifactRoot = artifactRoot.Contains("://", StringComparison.Ordinal)
            ? artifactRoot.TrimEnd('/')
            : Path.GetFullPath(artifactRoot).TrimEnd('/', '\\');
        Paths = new StoreRelativePaths(this.artifactRoot);
        Time = timeProvider ?? TimeProvider.System;
        experiments = new ExperimentLifecycle(database, Time);
        runs = new RunLifecycle(database);
        EnsureDefaultExperiment();
    }

    /// <summary>None here; a backend that records run inputs returns its own.</summary>
    public virtual IRunInputStore? RunInputs => null;

    private protected StoreRelativePaths Paths { get; }

    private protected TimeProvider Time { get; }

    public async Task<string> CreateExperimentAsync(string name, string? artifactLocation = null,
        IReadOnlyDictionary<string, string>? tags = null, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw MlopsException.Invalid("Invalid experiment name: the name must be a non-empty string.");
        }
        var id = await database.WriteAsync(async s =>
        {
            // The backend hands out the id (SQLite's rowid, PostgreSQL's identity); the unique name decides concurrent creations.
            var next = Convert.ToInt64(await s.ScalarAsync(
                """
                INSERT INTO experiments (name, artifact_location, lifecycle_stage, creation_time, last_update_time)
                VALUES (@name, '', 'active', @now, @now) ON CONFLICT (name) DO NOTHING RETURNING experiment_id;
                """, ct, ("@name", name), ("@now", Now()))
                ?? throw MlopsException.Conflict($"Experiment(name={name}) already exists."), CultureInfo.InvariantCulture);
            await s.ExecuteAsync("UPDATE experiments SET artifact_location = @location WHERE experiment_id = @id;", ct,
                ("@location", Paths.ToStored(artifactLocation ?? $"{artifactRoot}/{next}")), ("@id", next));
            foreach (var (key, value) in tags ?? new Dictionary<string, string>())
            {
                EntityLimits.ExperimentTag(key, value);
                await UpsertExperimentTagAsync(s, next, key, value, ct);
            }
            return next;
        }, ct);
        return id.ToString(CultureInfo.InvariantCulture);
    }

    public Task<Experiment> GetExperimentAsync(string experimentId, CancellationToken ct = default) =>
        database.ReadAsync(async s => await SelectExperimentAsync(s, ExperimentIds.Parse(experimentId), ct)
            ?? throw MlopsException.NotFound($"No Experiment with id={experimentId} exists"), ct);

    public Task<Experiment?> GetExperimentByNameAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync(async s =>
            (await SelectExperimentsAsync(s, "WHERE name = @name", ct, ("@name", name))).SingleOrDefault(), ct);

    public Task<IReadOnlyList<Experiment>> ListExperimentsAsync(ViewType viewType = ViewType.ActiveOnly, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<Experiment>>(async s =>
            await SelectExperimentsAsync(s, $"WHERE lifecycle_stage IN {TrackingText.InList(viewType)}", ct), ct);

    public Task SetExperimentTagAsync(string experimentId, string key, string value, CancellationToken ct = default) =>
        database.WriteAsync(async s =>
        {
            var id = ExperimentIds.Parse(experimentId);
            if (await s.ScalarAsync("SELECT 1 FROM experiments WHERE experiment_id = @id;", ct, ("@id", id)) is null)
            {
                throw MlopsException.NotFound($"No Experiment with id={experimentId} exists");
            }
            EntityLimits.ExperimentTag(key, value);
            await UpsertExperimentTagAsync(s, id, key, value, ct);
        }, ct);

    public Task DeleteExperimentAsync(string experimentId, CancellationToken ct = default) =>
        experiments.SetStageAsync(experimentId, LifecycleStage.Deleted, ct);

    public Task RestoreExperimentAsync(string experimentId, CancellationToken ct = default) =>
        experiments.SetStageAsync(experimentId, LifecycleStage.Active, ct);

    public Task RenameExperimentAsync(string experimentId, string newName, CancellationToken ct = default) =>
        experiments.RenameAsync(experimentId, newName, ct);

    private protected long Now() => Time.GetUtcNow().ToUnixTimeMilliseconds();

    private void EnsureDefaultExperiment() =>
        database.WriteAsync(s => s.ExecuteAsync(
            """
            INSERT INTO experiments (experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time)
            VALUES (0, @name, @location, 'active', @now, @now) ON CONFLICT DO NOTHING;
            """, default, ("@name", DefaultExperimentName), ("@location", Paths.ToStored($"{artifactRoot}/0")), ("@now", Now())), default)
        .GetAwaiter().GetResult();

    private static Task UpsertExperimentTagAsync(SqlSession s, long id, string key, string value, CancellationToken ct) =>
        s.ExecuteAsync(
            """
            INSERT INTO experiment_tags (experiment_id, key, value) VALUES (@id, @key, @value)
            ON CONFLICT (experiment_id, key) DO UPDATE SET value = excluded.value;
            """, ct, ("@id", id), ("@key", key), ("@value", value));
}
