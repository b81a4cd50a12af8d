using System.Globalization;
using Mlops.Pipeline.Running;
using Spectre.Console;

namespace Mlops.Cli.Commands.Pipeline;

/// <summary>One line per stage event, as it happens; colour only when the output is a terminal.</summary>
public sealed class StageProgressPrinter : IProgress<StageEvent>
{
    public void Report(StageEvent value)
    {
        var stage = Markup.Escape(value.Stage);
        var reasons = Markup.Escape(string.Join("; ", value.Reasons));
        var seconds = value.Duration is { } d ? d.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "";
        var line = value.Kind switch
        {
            StageEventKind.Started => $"[blue]>[/] {stage}: running ({reasons})",
            StageEventKind.Finished => $"[green]✓[/] {stage}: done in {seconds}",
            StageEventKind.Skipped => $"[grey]-[/] {stage}: skipped ({(reasons.Length > 0 ? reasons : "up to date")})",
            StageEventKind.Failed => $"[red]✗[/] {stage}: failed after {seconds}",
            _ => $"{stage}: {value.Kind}",
        };
        AnsiConsole.MarkupLine(line);
    }
}
