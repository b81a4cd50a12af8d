namespace Mlops.Cli.Commands.Ab;

/// <summary>The verbs that change a test (stop, conclude) record who did it in the audit trail.</summary>
public class AbChangeSettings : AbNameSettings
{
    [CommandOption("--actor <WHO>")]
    [Description("Who makes the change, for the audit trail (default: $USER).")]
    public string? Actor { get; init; }
}
