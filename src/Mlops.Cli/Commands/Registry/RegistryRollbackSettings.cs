namespace Mlops.Cli.Commands.Registry;

/// <summary>NAME, the alias to move back, and who rolls it back and why.</summary>
public sealed class RegistryRollbackSettings : StoreSettings
{
    [CommandArgument(0, "<NAME>"), Description("Registered model name.")]
    public string Name { get; init; } = "";

    [CommandOption("--alias <ALIAS>"), Description("The alias to move back (default: champion).")]
    public string Alias { get; init; } = "champion";

    [CommandOption("--reason <TEXT>"), Description("Why it is rolled back; kept in the alias history.")]
    public string? Reason { get; init; }

    [CommandOption("--actor <NAME>"), Description("Who rolls back, for the alias history (default: $USER).")]
    public string? Actor { get; init; }
}
