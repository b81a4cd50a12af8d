using Mlops.Cli.Infrastructure;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Storage.Sqlite;

namespace Mlops.Cli.Commands.Serving;

/// <summary>The prediction log behind a tracking URI; only the embedded SQLite backend has one so far.</summary>
public static class PredictionLogs
{
    public static IPredictionLog? TryOpen(string? trackingUri)
    {
        var uri = StoreFactory.ResolveUri(trackingUri);
        if (!uri.StartsWith("sqlite:///", StringComparison.Ordinal))
        {
            return null;
        }
        // Same layout as StoreFactory: the database file, with its artifacts folder beside it.
        var path = Path.GetFullPath(uri["sqlite:///".Length..]);
        return SqliteStore.Open(path, Path.Combine(Path.GetDirectoryName(path)!, "artifacts")).PredictionLog;
    }

    public static IPredictionLog Open(string? trackingUri) => TryOpen(trackingUri) ?? throw MlopsException.Invalid(
        $"Tracking URI '{StoreFactory.ResolveUri(trackingUri)}' has no prediction log yet; use sqlite:///PATH.");
}
