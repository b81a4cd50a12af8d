using Mlops.Core.Stores;

[assembly: StoreProvider(typeof(Mlops.Storage.MlflowRest.MlflowRestStoreProvider))]

namespace Mlops.Storage.MlflowRest;

/// <summary>Opens <c>http(s)://HOST:PORT</c> (any MLflow 2.x tracking server or <c>mlops server</c>); artifacts go where the server says.</summary>
public sealed class MlflowRestStoreProvider : IStoreProvider
{
    /// <inheritdoc />
    public IReadOnlyList<string> Schemes => ["http", "https"];

    /// <inheritdoc />
    /// <remarks>The server owns the artifact root and the clock, so <paramref name="artifactRoot"/> and <paramref name="time"/> are not used.</remarks>
    public OpenedStores Open(string trackingUri, string? artifactRoot, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(trackingUri);
        var store = MlflowRestStore.Open(new Uri(trackingUri));
        return new OpenedStores(store.Tracking, store.Registry, store.Artifacts, store);
    }
}
