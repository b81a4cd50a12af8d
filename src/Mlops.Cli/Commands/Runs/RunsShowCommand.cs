using Spectre.Console;

namespace Mlops.Cli.Commands.Runs;

public sealed class RunsShowCommand : StoreViewCommand<RunSettings, RunView>
{
    protected override async Task<RunView> LoadAsync(Stores stores, RunSettings settings, CancellationToken cancellationToken) =>
        RunView.From(await stores.Tracking.GetRunAsync(settings.RunId, cancellationToken));

    protected override void Render(RunView view, RunSettings settings)
    {
        AnsiConsole.Write(new FieldRows()
            .Add("run", "id", view.RunId)
            .Add("run", "name", Markup.Escape(view.RunName))
            .Add("run", "status", view.Status)
            .Add("run", "started", Format.Time(view.StartTime))
            .Add("run", "ended", Format.Time(view.EndTime))
            .Add("run", "artifacts", Markup.Escape(view.ArtifactUri))
            .AddMetrics(view.Metrics)
            .AddTexts("param", view.Params)
            .AddTexts("tag", view.Tags)
            .ToTable());
        if (SliceTable.From(view.Metrics) is { } slices)
        {
            AnsiConsole.Write(slices);
        }
    }
}
