using Mlops.Artifacts.Local;
using Mlops.Storage.Relational.Coordination;
using Mlops.Storage.Sqlite.AbTesting;
using Mlops.Storage.Sqlite.Predictions;

namespace Mlops.Storage.Sqlite;

/// <summary>The embedded backend: one SQLite file for tracking and registry, one for the prediction log, and a local artifact folder.</summary>
public sealed class SqliteStore : IDisposable
{
    private SqliteStore(SqliteDatabase database, SqliteTrackingStore tracking, SqliteModelRegistry registry, LocalArtifactStore artifacts)
    {
        Database = database;
        Tracking = tracking;
        Registry = registry;
        Artifacts = artifacts;
        PredictionLog = new SqlitePredictionLog(database);
        AbTests = new SqliteAbTestStore(PredictionLog, database.Time);
        Leases = new RelationalLeaseStore(database, database.Time);
        FeatureSets = new Relational.Features.RelationalFeatureSetStore(database, database.Time);
    }

    public SqliteDatabase Database { get; }

    public SqliteTrackingStore Tracking { get; }

    public SqliteModelRegistry Registry { get; }

    public LocalArtifactStore Artifacts { get; }

    /// <summary>The prediction log of the serving layer, in a file of its own next to the database, opened on first use.</summary>
    public SqlitePredictionLog PredictionLog { get; }

    /// <summary>A/B tests, in the prediction log's file (opened on first use with the log).</summary>
    public SqliteAbTestStore AbTests { get; }

    /// <summary>Named leases (one retrain at a time per model) in the main database file, on the store's clock.</summary>
    public RelationalLeaseStore Leases { get; }

    /// <summary>Versions of the feature sets the pipeline materialized, in the main database file.</summary>
    public Relational.Features.RelationalFeatureSetStore FeatureSets { get; }

    /// <summary>Closes the database connections; pending writes are finished first.</summary>
    public void Dispose()
    {
        PredictionLog.Dispose();
        Database.Dispose();
    }

    /// <summary>
    /// Opens the store, creating the database file, its folder, the schema and the Default experiment on first use.
    /// Safe to call from several processes at once on the same file.
    /// </summary>
    public static SqliteStore Open(string databasePath, string artifactRoot, TimeProvider? timeProvider = null)
    {
        var database = SqliteDatabase.Open(databasePath, timeProvider);
        return new SqliteStore(database, new SqliteTrackingStore(database, artifactRoot, timeProvider),
            new SqliteModelRegistry(database, timeProvider, artifactRoot), new LocalArtifactStore());
    }
}
