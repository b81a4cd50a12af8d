using Mlops.Core.Stores;
using Mlops.Storage.Postgres;

[assembly: StoreProvider(typeof(PostgresStoreProvider))]

namespace Mlops.Storage.Postgres;

/// <summary>
/// Opens <c>postgresql://USER:PASSWORD@HOST:PORT/DB</c>; artifacts default to <c>MLOPS_ARTIFACT_ROOT</c>, else
/// <c>./mlruns/artifacts</c>, as the CLI does.
/// </summary>
public sealed class PostgresStoreProvider : IStoreProvider
{
    /// <inheritdoc />
    public IReadOnlyList<string> Schemes { get; } = ["postgresql", "postgres"];

    /// <inheritdoc />
    public OpenedStores Open(string trackingUri, string? artifactRoot, TimeProvider? time = null)
    {
        var root = artifactRoot ?? Environment.GetEnvironmentVariable("MLOPS_ARTIFACT_ROOT");
        var store = PostgresStore.Open(trackingUri,
            string.IsNullOrWhiteSpace(root) ? Path.GetFullPath(Path.Combine("mlruns", "artifacts")) : root, time);
        return new OpenedStores(store.Tracking, store.Registry, store.Artifacts, store);
    }
}
