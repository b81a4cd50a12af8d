namespace Mlops.Cli.Commands.Registry;

/// <summary>NAME, --json and an optional alias to keep only its moves.</summary>
public sealed class RegistryHistorySettings : ModelSettings
{
    [CommandOption("--alias <ALIAS>"), Description("Only the moves of this alias.")]
    public string? Alias { get; init; }
}
