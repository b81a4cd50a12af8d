using Mlops.Core.Errors;
using Mlops.Core.Stores;
using Mlops.Storage.Sqlite;

[assembly: StoreProvider(typeof(SqliteStoreProvider))]

namespace Mlops.Storage.Sqlite;

/// <summary>
/// Opens <c>sqlite:///relative.db</c> and <c>sqlite:////absolute/path.db</c> (MLflow's forms); artifacts default to an
/// <c>artifacts</c> folder beside the file.
/// </summary>
public sealed class SqliteStoreProvider : IStoreProvider
{
    private const string Prefix = "sqlite:///";

    /// <inheritdoc />
    public IReadOnlyList<string> Schemes { get; } = ["sqlite"];

    /// <inheritdoc />
    public OpenedStores Open(string trackingUri, string? artifactRoot, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(trackingUri);
        if (!trackingUri.StartsWith(Prefix, StringComparison.Ordinal) || trackingUri.Length == Prefix.Length)
        {
            throw MlopsException.Invalid($"Tracking URI '{trackingUri}' must look like sqlite:///relative.db or sqlite:////absolute/path.db.");
        }
        var file = Path.GetFullPath(trackingUri[Prefix.Length..]);
        var store = SqliteStore.Open(file, artifactRoot ?? Path.Combine(Path.GetDirectoryName(file)!, "artifacts"), time);
        return new OpenedStores(store.Tracking, store.Registry, store.Artifacts, store);
    }
}
