using System.Data.Common;
using Mlops.Core.Errors;
using Mlops.Storage.MlflowRest;
using Mlops.Storage.Postgres;
using Mlops.Storage.Postgres.AbTesting;
using Mlops.Storage.Postgres.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Cli.Infrastructure;

/// <summary>Chooses the backend from the tracking URI: the one place where backends are composed.</summary>
public static class StoreFactory
{
    public const string DefaultUri = "sqlite:///mlruns/mlops.db";

    /// <summary>--tracking-uri, then MLOPS_TRACKING_URI, then MLFLOW_TRACKING_URI, then the embedded default.</summary>
    public static string ResolveUri(string? explicitUri) =>
        FirstNonEmpty(explicitUri, Environment.GetEnvironmentVariable("MLOPS_TRACKING_URI"),
            Environment.GetEnvironmentVariable("MLFLOW_TRACKING_URI")) ?? DefaultUri;

    /// <summary>Opens the stores; <paramref name="artifactRoot"/> (where new experiments put their artifacts) defaults to
    /// MLOPS_ARTIFACT_ROOT (a folder, file:// or s3:// URI), else an `artifacts` folder beside a SQLite file, else
    /// ./mlruns/artifacts. Artifacts go to the store of their root's scheme (<see cref="ArtifactStoreRouter"/>).</summary>
    public static Stores Open(string? explicitUri, string? artifactRoot = null)
    {
        var uri = ResolveUri(explicitUri);
        try
        {
            var stores = OpenBackend(uri, artifactRoot ?? ConfiguredArtifactRoot());
            return stores with { Artifacts = new ArtifactStoreRouter(stores.Artifacts, ArtifactStoreRouter.EnvironmentOptions) };
        }
        catch (DbException e)
        {
            // A file that is not a database, a server that refuses us: name the store instead of crashing with a stack.
            throw new MlopsException(ErrorCode.InvalidState, $"Cannot open the store {Redact(uri)}: {e.Message}", e);
        }
    }

    /// <summary>
    /// <paramref name="stores"/> with the prediction log and its labels of the SQLite or PostgreSQL store
    /// <paramref name="predictionLogUri"/> instead of their own (an MLflow REST store has none); null keeps them.
    /// </summary>
    public static Stores WithPredictionLog(this Stores stores, string? predictionLogUri)
    {
        ArgumentNullException.ThrowIfNull(stores);
        if (string.IsNullOrWhiteSpace(predictionLogUri))
        {
            return stores;
        }
        if (predictionLogUri.StartsWith("http://", StringComparison.Ordinal) || predictionLogUri.StartsWith("https://", StringComparison.Ordinal))
        {
            throw MlopsException.Invalid($"--prediction-log-uri '{predictionLogUri}' must name a store with a prediction log: " +
                "sqlite:///PATH or postgresql://USER@HOST:PORT/DB.");
        }
        var log = Open(predictionLogUri);
        return stores with { PredictionLog = log.PredictionLog, PredictionFeedback = log.PredictionFeedback, AbTests = log.AbTests };
    }

    private static Stores OpenBackend(string uri, string? artifactRoot)
    {
        if (uri.StartsWith("sqlite:///", StringComparison.Ordinal))
        {
            // MLflow's form: sqlite:///relative.db and sqlite:////absolute/path.db
            var path = Path.GetFullPath(uri["sqlite:///".Length..]);
            var sqlite = SqliteStore.Open(path, artifactRoot ?? Path.Combine(Path.GetDirectoryName(path)!, "artifacts"));
            return new Stores(uri, sqlite.Tracking, sqlite.Registry, sqlite.Artifacts, sqlite.PredictionLog, sqlite.PredictionLog, sqlite.AbTests,
                sqlite.Leases, sqlite.FeatureSets);
        }
        if (uri.StartsWith("postgresql", StringComparison.Ordinal) || uri.StartsWith("postgres://", StringComparison.Ordinal))
        {
            var postgres = PostgresStore.Open(uri, artifactRoot ?? DefaultArtifactRoot());
            var log = new PostgresPredictionLog(postgres.Database);
            return new Stores(Redact(uri), postgres.Tracking, postgres.Registry, postgres.Artifacts, log, log,
                new PostgresAbTestStore(postgres.Database), postgres.Leases, postgres.FeatureSets);
        }
        if (uri.StartsWith("http://", StringComparison.Ordinal) || uri.StartsWith("https://", StringComparison.Ordinal))
        {
            var rest = MlflowRestStore.Open(new Uri(uri));
            // An mlops server's log and labels, asked for on first use (ServerPredictionLog), so tracking-only commands
            // against an MLflow server make no extra call; there a use fails with a hint at --prediction-log-uri.
            return new Stores(uri, rest.Tracking, rest.Registry, rest.Artifacts, rest.PredictionLog, rest.PredictionLog, Leases: rest.Leases);
        }
        throw MlopsException.Invalid($"Tracking URI '{uri}' is not supported. Use sqlite:///PATH, postgresql://USER@HOST:PORT/DB or http(s)://HOST:PORT.");
    }

    private static string DefaultArtifactRoot() => Path.GetFullPath(Path.Combine("mlruns", "artifacts"));

    private static string? ConfiguredArtifactRoot() => FirstNonEmpty(Environment.GetEnvironmentVariable("MLOPS_ARTIFACT_ROOT"));

    /// <summary>Never echo a password from a connection URI.</summary>
    private static string Redact(string uri)
    {
        var at = uri.IndexOf('@');
        var scheme = uri.IndexOf("://", StringComparison.Ordinal);
        var colon = scheme < 0 ? -1 : uri.IndexOf(':', scheme + 3);
        return at > 0 && colon > 0 && colon < at ? uri[..(colon + 1)] + "***" + uri[at..] : uri;
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
