namespace Mlops.Cli.Commands.Runs;

/// <summary>RUN_ID for the verbs that act on one run.</summary>
public sealed class RunSettings : ListSettings
{
    [CommandArgument(0, "<RUN_ID>")]
    [Description("Run id (see `mlops runs list`).")]
    public string RunId { get; init; } = "";
}
