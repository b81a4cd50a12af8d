namespace Mlops.Cli.Infrastructure;

/// <summary>Options of every list/show command.</summary>
public class ListSettings : StoreSettings
{
    [CommandOption("--json")]
    [Description("Print JSON instead of a table.")]
    public bool Json { get; init; }
}
