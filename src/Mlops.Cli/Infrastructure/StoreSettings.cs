namespace Mlops.Cli.Infrastructure;

/// <summary>Options every command that touches a store accepts.</summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--tracking-uri <URI>")]
    [Description("Store to use: sqlite:///PATH (default sqlite:///mlruns/mlops.db). Env: MLOPS_TRACKING_URI, MLFLOW_TRACKING_URI.")]
    public string? TrackingUri { get; init; }

    [CommandOption("--verbose")]
    [Description("Show the full stack trace on errors.")]
    public bool Verbose { get; init; }
}
