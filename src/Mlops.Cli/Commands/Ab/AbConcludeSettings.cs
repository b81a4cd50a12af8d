namespace Mlops.Cli.Commands.Ab;

/// <summary>The options of `mlops ab conclude`.</summary>
public sealed class AbConcludeSettings : AbChangeSettings
{
    [CommandOption("--dry-run"), Description("Analyse and say what would happen; record nothing, move nothing, keep the test open.")]
    public bool DryRun { get; init; }

    [CommandOption("--experiment <NAME>"), Description("The experiment the analysis run is recorded in (default ab-tests).")]
    public string Experiment { get; init; } = AbConcludeCommand.DefaultExperiment;
}
