using Mlops.Lifecycle;
using Mlops.Pipeline.Status;
using Spectre.Console;

namespace Mlops.Cli.Commands.Pipeline;

public sealed class PipelineStatusCommand : ViewCommand<PipelineSettings, PipelineStatus>
{
    protected override Task<PipelineStatus> LoadAsync(PipelineSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(LifecyclePipeline.Status(settings.ToOptions()));

    protected override object? ToJson(PipelineStatus status, PipelineSettings settings) => status.Stages;

    protected override void Render(PipelineStatus status, PipelineSettings settings)
    {
        if (status.IsUpToDate)
        {
            Console.Out.WriteLine("Pipeline is up to date: every stage would be skipped.");
            return;
        }
        foreach (var stage in status.Stages)
        {
            var line = stage.IsStale
                ? $"[yellow]{Markup.Escape(stage.Stage)}[/]: stale — {Markup.Escape(string.Join("; ", stage.Reasons))}"
                : $"[green]{Markup.Escape(stage.Stage)}[/]: up to date";
            AnsiConsole.MarkupLine(line);
        }
    }
}
