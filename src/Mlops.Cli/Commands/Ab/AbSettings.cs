namespace Mlops.Cli.Commands.Ab;

/// <summary>Options of every `mlops ab` verb: the stores, and where the A/B tests live when it is not the tracking store.</summary>
public class AbSettings : ListSettings
{
    [CommandOption("--prediction-log-uri <URI>")]
    [Description("The SQLite or PostgreSQL store that holds the prediction log and its A/B tests, when it is not the tracking " +
        "store (mlops serve --prediction-log-uri); models and runs still come from the tracking store.")]
    public string? PredictionLogUri { get; init; }
}
