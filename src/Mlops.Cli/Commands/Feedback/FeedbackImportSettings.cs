using Spectre.Console;

namespace Mlops.Cli.Commands.Feedback;

/// <summary>The options of <see cref="FeedbackImportCommand"/>: the CSV, and the store as for every store command.</summary>
public sealed class FeedbackImportSettings : ListSettings
{
    [CommandOption("--input <CSV>")]
    [Description("CSV with the header prediction_id,label[,observed_at] (ISO 8601).")]
    public string Input { get; init; } = "";

    [CommandOption("--prediction-log-uri <URI>")]
    [Description("The SQLite or PostgreSQL store that holds the prediction log, when it is not the tracking store " +
        "(mlops serve --prediction-log-uri); classes still come from the tracking store's registry.")]
    public string? PredictionLogUri { get; init; }

    public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Input)
        ? ValidationResult.Error("--input is required: a CSV with the header prediction_id,label[,observed_at].")
        : ValidationResult.Success();
}
