namespace Mlops.Cli.Commands.Monitor;

/// <summary>Which model and window `monitor run` looks at; its rules come from ./params.yaml's monitoring section (else the defaults).</summary>
public sealed class MonitorRunSettings : ListSettings
{
    [CommandOption("--model <URI>"), Description("models:/NAME@ALIAS (what was served under that alias, every version behind it) or models:/NAME/VERSION (that version's predictions). Default: params.yaml's model at its champion alias.")]
    public string? Model { get; init; }

    [CommandOption("--window <N>"), Description("The newest N predictions (default: params.yaml monitoring.window, 5000). With --since: the newest N since then.")]
    public int? Window { get; init; }

    [CommandOption("--since <DURATION>"), Description("Only predictions of the last DURATION (e.g. 24h, 7d); without --window, all of them.")]
    public string? Since { get; init; }
}
