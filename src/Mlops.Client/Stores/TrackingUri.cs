namespace Mlops.Client.Stores;

/// <summary>Which store a client opens, by the same rule as the CLI's <c>--tracking-uri</c>.</summary>
public static class TrackingUri
{
    /// <summary>The embedded store the CLI uses when nothing is set.</summary>
    public const string Default = "sqlite:///mlruns/mlops.db";

    /// <summary>The given URI, else MLOPS_TRACKING_URI, else MLFLOW_TRACKING_URI, else <see cref="Default"/>.</summary>
    public static string Resolve(string? explicitUri) =>
        new[] { explicitUri, Environment.GetEnvironmentVariable("MLOPS_TRACKING_URI"), Environment.GetEnvironmentVariable("MLFLOW_TRACKING_URI") }
            .FirstOrDefault(u => !string.IsNullOrWhiteSpace(u)) ?? Default;

    /// <summary>The scheme of <paramref name="uri"/> in lower case ("sqlite", "postgresql", "https"), or "" when it has none.</summary>
    public static string SchemeOf(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var colon = uri.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? uri[..colon].ToLowerInvariant() : "";
    }
}
