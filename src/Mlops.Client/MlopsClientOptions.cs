using Mlops.Core.Stores;

namespace Mlops.Client;

/// <summary>How <see cref="MlopsClient.Open"/> opens its store; every setting is optional.</summary>
public sealed class MlopsClientOptions
{
    /// <summary>Where new runs keep their artifacts; null takes the backend's default (beside a SQLite file, else MLOPS_ARTIFACT_ROOT).</summary>
    public string? ArtifactRoot { get; init; }

    /// <summary>The clock runs and loaded models are stamped with; the system clock when null.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Backends to use before the referenced store packages are looked up (tests, a backend of your own).</summary>
    public IReadOnlyList<IStoreProvider> Providers { get; init; } = [];
}
