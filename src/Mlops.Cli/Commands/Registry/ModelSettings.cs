namespace Mlops.Cli.Commands.Registry;

/// <summary>The NAME argument of the verbs that read one registered model.</summary>
public class ModelSettings : ListSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("Registered model name.")]
    public string Name { get; init; } = "";
}
