using Spectre.Console;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>`mlops retrain watch`: a tick every interval until Ctrl+C (or --ticks).</summary>
public sealed class RetrainWatchSettings : RetrainSettings
{
    public override ValidationResult Validate() =>
        Ticks is < 1 ? ValidationResult.Error($"--ticks must be at least 1, got {Ticks}.")
        : Interval is { } seconds && !(seconds > 0) ? ValidationResult.Error($"--interval must be a positive number of seconds, got {seconds}.")
        : ValidationResult.Success();

    [CommandOption("--ticks <N>"), Description("Stop after N ticks (default: run until Ctrl+C).")]
    public int? Ticks { get; init; }

    [CommandOption("--interval <SECONDS>"), Description("Seconds between ticks (default: continuous_training.tick_seconds).")]
    public double? Interval { get; init; }
}
