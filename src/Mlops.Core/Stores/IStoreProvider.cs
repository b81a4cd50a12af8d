namespace Mlops.Core.Stores;

/// <summary>
/// A storage backend's entry point: opens the stores behind the tracking URIs of its schemes. Each backend package
/// names its provider with <see cref="StoreProviderAttribute"/>, so a host finds it by the URI's scheme without
/// referencing every backend.
/// </summary>
public interface IStoreProvider
{
    /// <summary>The URI schemes this backend serves, lower case and without "://" (for example "sqlite").</summary>
    IReadOnlyList<string> Schemes { get; }

    /// <summary>
    /// Opens (and on first use creates) the store at <paramref name="trackingUri"/>; <paramref name="artifactRoot"/>
    /// overrides where new runs keep their artifacts, null takes the backend's default.
    /// </summary>
    OpenedStores Open(string trackingUri, string? artifactRoot, TimeProvider? time = null);
}
