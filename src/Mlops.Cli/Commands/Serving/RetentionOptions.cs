using Mlops.Core.Predictions;
using Spectre.Console;

namespace Mlops.Cli.Commands.Serving;

/// <summary>The age and row limits of the prediction log, as `serve --log-max-*` and `predictions prune --max-*` take them.</summary>
internal static class RetentionOptions
{
    public static PredictionRetention Parse(string? maxAge, string ageOption, long? maxRows) =>
        new(maxAge is { } age ? DurationText.Parse(age, ageOption) : null, maxRows);

    public static ValidationResult CheckRows(long? maxRows, string rowsOption) =>
        maxRows is < 0 ? ValidationResult.Error($"{rowsOption} {maxRows} must not be negative.") : ValidationResult.Success();
}
