namespace Mlops.Cli.Commands.Ab;

/// <summary>The NAME argument of the verbs on one A/B test.</summary>
public class AbNameSettings : AbSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The A/B test's name (as given to `mlops ab start --name`).")]
    public string Name { get; init; } = "";
}
