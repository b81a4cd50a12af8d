using Mlops.Core.Errors;
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

    public static Stores Open(string? explicitUri)
    {
        var uri = ResolveUri(explicitUri);
        if (uri.StartsWith("sqlite:///", StringComparison.Ordinal))
        {
            // MLflow's form: sqlite:///relative.db and sqlite:////absolute/path.db
            var path = Path.GetFullPath(uri["sqlite:///".Length..]);
            var artifactRoot = Path.Combine(Path.GetDirectoryName(path)!, "artifacts");
            var store = SqliteStore.Open(path, artifactRoot);
            return new Stores(uri, store.Tracking, store.Registry, store.Artifacts);
        }
        if (uri.StartsWith("postgresql://", StringComparison.Ordinal) || uri.StartsWith("http://", StringComparison.Ordinal)
            || uri.StartsWith("https://", StringComparison.Ordinal))
        {
            throw MlopsException.Invalid($"Tracking URI '{uri}': this backend is not available yet (see issue #4); use sqlite:///PATH.");
        }
        throw MlopsException.Invalid($"Tracking URI '{uri}' is not supported. Use sqlite:///PATH, postgresql://... or http(s)://...");
    }

    private static string? FirstNonEmpty(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
