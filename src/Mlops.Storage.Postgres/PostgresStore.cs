using Mlops.Artifacts.Local;
using Mlops.Storage.Relational.Coordination;
using Mlops.Storage.Relational.Features;

namespace Mlops.Storage.Postgres;

/// <summary>The team backend: tracking and registry in one PostgreSQL database plus a shared artifact root.</summary>
public sealed class PostgresStore : IAsyncDisposable, IDisposable
{
    private PostgresStore(PostgresDatabase database, PostgresTrackingStore tracking, PostgresModelRegistry registry,
        LocalArtifactStore artifacts, TimeProvider? timeProvider)
    {
        Database = database;
        Tracking = tracking;
        Registry = registry;
        Artifacts = artifacts;
        Leases = new RelationalLeaseStore(database, timeProvider);
        FeatureSets = new RelationalFeatureSetStore(database, timeProvider);
    }

    public PostgresDatabase Database { get; }

    public PostgresTrackingStore Tracking { get; }

    public PostgresModelRegistry Registry { get; }

    public LocalArtifactStore Artifacts { get; }

    /// <summary>Named leases (one retrain at a time per model) in the database, on the store's clock.</summary>
    public RelationalLeaseStore Leases { get; }

    /// <summary>Versions of the feature sets the pipeline materialized, in the database.</summary>
    public RelationalFeatureSetStore FeatureSets { get; }

    /// <summary>
    /// Connects with a <c>postgresql://user:password@host:port/database</c> URI (also <c>postgresql+psycopg2://</c>) or an
    /// Npgsql connection string, creating or upgrading the schema and the Default experiment on first use. Safe to call
    /// from several processes at once on the same database.
    /// </summary>
    /// <param name="artifactRoot">A folder (shared by the team, for example a mount) or <c>file://</c> URI for artifacts.</param>
    public static PostgresStore Open(string connectionStringOrUri, string artifactRoot, TimeProvider? timeProvider = null)
    {
        var database = PostgresDatabase.Open(connectionStringOrUri, timeProvider);
        try
        {
            return new PostgresStore(database, new PostgresTrackingStore(database, artifactRoot, timeProvider),
                new PostgresModelRegistry(database, timeProvider, artifactRoot), new LocalArtifactStore(), timeProvider);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public void Dispose() => Database.Dispose();

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
