namespace Mlops.Cli.Commands.Runs;

/// <summary>RUN_A RUN_B for the diff verbs.</summary>
public sealed class RunPairSettings : ListSettings
{
    [CommandArgument(0, "<RUN_A>")]
    public string RunA { get; init; } = "";

    [CommandArgument(1, "<RUN_B>")]
    public string RunB { get; init; } = "";

    [CommandOption("--all")]
    [System.ComponentModel.Description("Also list keys whose values are equal.")]
    public bool All { get; init; }
}
