namespace Mlops.Storage.MlflowRest;

/// <summary>Where the MLflow tracking server is, how to authenticate, and how often to retry idempotent reads.</summary>
public sealed record MlflowRestOptions(Uri BaseUri)
{
    /// <summary>Sent as <c>Authorization: Bearer</c>; takes precedence over <see cref="Username"/>.</summary>
    public string? Token { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>Extra attempts for GET requests that fail with a 5xx status or a connection error.</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>Delay before the first retry; doubled for each further retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// Options for <paramref name="baseUri"/> with credentials from MLflow's environment variables
    /// (MLFLOW_TRACKING_TOKEN, MLFLOW_TRACKING_USERNAME, MLFLOW_TRACKING_PASSWORD); an explicit token wins.
    /// </summary>
    public static MlflowRestOptions FromEnvironment(Uri baseUri, string? token = null,
        Func<string, string?>? getVariable = null)
    {
        getVariable ??= Environment.GetEnvironmentVariable;
        return new MlflowRestOptions(baseUri)
        {
            Token = NullIfEmpty(token) ?? NullIfEmpty(getVariable("MLFLOW_TRACKING_TOKEN")),
            Username = NullIfEmpty(getVariable("MLFLOW_TRACKING_USERNAME")),
            Password = getVariable("MLFLOW_TRACKING_PASSWORD"),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
