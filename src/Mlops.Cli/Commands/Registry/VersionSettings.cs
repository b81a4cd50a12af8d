using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

/// <summary>NAME VERSION arguments shared by the verbs that act on one version.</summary>
public class VersionSettings : ListSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("Registered model name.")]
    public string Name { get; init; } = "";

    [CommandArgument(1, "<VERSION>")]
    [Description("Version number.")]
    public int Version { get; init; }
}
