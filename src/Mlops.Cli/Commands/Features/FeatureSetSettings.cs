namespace Mlops.Cli.Commands.Features;

/// <summary>The SET argument of `mlops features show`.</summary>
public sealed class FeatureSetSettings : ListSettings
{
    [CommandArgument(0, "<SET>")]
    [Description("NAME (its latest version) or NAME:VERSION, e.g. full or full:2.")]
    public string Set { get; init; } = "";
}
