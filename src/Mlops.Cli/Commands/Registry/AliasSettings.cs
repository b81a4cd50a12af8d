namespace Mlops.Cli.Commands.Registry;

/// <summary>NAME ALIAS arguments of the verbs that move or remove an alias (they print no view, so no --json).</summary>
public class AliasSettings : StoreSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("Registered model name.")]
    public string Name { get; init; } = "";

    [CommandArgument(1, "<ALIAS>")]
    [Description("Alias such as champion or challenger.")]
    public string Alias { get; init; } = "";
}
