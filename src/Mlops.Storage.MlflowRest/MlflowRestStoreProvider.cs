using Mlops.Core.Stores;
using Mlops.Storage.MlflowRest;

[assembly: StoreProvider(typeof(MlflowRestStoreProvider))]

namespace Mlops.Storage.MlflowRest;

/// <summary>
/// Opens <c>http(s)://HOST:PORT</c>: any MLflow 2.x tracking server or <c>mlops server</c>. Artifacts go where the
/// server says; a token comes from <c>MLFLOW_TRACKING_TOKEN</c> as in MLflow's clients.
/// </summary>
public sealed class MlflowRestStoreProvider : IStoreProvider
{
    /// <inheritdoc />
    public IReadOnlyList<string> Schemes { get; } = ["http", "https"];

    /// <inheritdoc />
    public OpenedStores Open(string trackingUri, string? artifactRoot, TimeProvider? time = null)
    {
        var store = MlflowRestStore.Open(new Uri(trackingUri));
        return new OpenedStores(store.Tracking, store.Registry, store.Artifacts, store);
    }
}
