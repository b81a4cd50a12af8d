using Mlops.Cli.Infrastructure;
using Mlops.Lifecycle;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Pipeline;

public sealed class PipelineStatusCommand : Command<PipelineSettings>
{
    public override int Execute(CommandContext context, PipelineSettings settings, CancellationToken cancellationToken)
    {
        var status = LifecyclePipeline.Status(settings.ToOptions());
        if (settings.Json)
        {
            JsonOutput.Write(status.Stages);
            return 0;
        }
        if (status.IsUpToDate)
        {
            Console.Out.WriteLine("Pipeline is up to date: every stage would be skipped.");
            return 0;
        }
        foreach (var stage in status.Stages)
        {
            var line = stage.IsStale
                ? $"[yellow]{Markup.Escape(stage.Stage)}[/]: stale — {Markup.Escape(string.Join("; ", stage.Reasons))}"
                : $"[green]{Markup.Escape(stage.Stage)}[/]: up to date";
            AnsiConsole.MarkupLine(line);
        }
        return 0;
    }
}
