namespace Mlops.Cli.Commands.Registry;

/// <summary>NAME ALIAS plus who moves it and why, kept in the alias history (`mlops registry history`).</summary>
public class AliasMoveSettings : AliasSettings
{
    [CommandOption("--reason <TEXT>"), Description("Why the alias moves (e.g. an operator override of the gate); kept in the alias history.")]
    public string? Reason { get; init; }

    [CommandOption("--actor <NAME>"), Description("Who moves it, for the alias history (default: $USER).")]
    public string? Actor { get; init; }
}
