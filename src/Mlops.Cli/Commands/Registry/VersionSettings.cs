namespace Mlops.Cli.Commands.Registry;

/// <summary>NAME VERSION arguments shared by the verbs that act on one version.</summary>
public class VersionSettings : ModelSettings
{
    [CommandArgument(1, "<VERSION>")]
    [Description("Version number.")]
    public int Version { get; init; }
}
