using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Spectre.Console;

namespace Mlops.Cli.Commands.Runs;

public sealed class RunsListCommand : StoreViewCommand<RunsListCommand.Settings, IReadOnlyList<RunView>>
{
    public sealed class Settings : ListSettings
    {
        [CommandOption("--experiment <NAME>")]
        [Description("Experiment name (default: every experiment).")]
        public string? Experiment { get; init; }

        [CommandOption("--filter <FILTER>")]
        [Description("MLflow search filter, e.g. \"metrics.accuracy > 0.97 and params.model.trainer = 'lightgbm'\".")]
        public string? Filter { get; init; }

        [CommandOption("--order-by <CLAUSE>")]
        [Description("e.g. \"metrics.accuracy DESC\" (default: newest first).")]
        public string? OrderBy { get; init; }

        [CommandOption("--max <N>")]
        public int Max { get; init; } = 50;
    }

    protected override async Task<IReadOnlyList<RunView>> LoadAsync(Stores stores, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> ids;
        if (settings.Experiment is { } name)
        {
            var experiment = await stores.Tracking.GetExperimentByNameAsync(name, cancellationToken)
                ?? throw MlopsException.NotFound($"No experiment named '{name}'.");
            ids = [experiment.ExperimentId];
        }
        else
        {
            ids = (await stores.Tracking.ListExperimentsAsync(ct: cancellationToken)).Select(e => e.ExperimentId).ToList();
        }
        var page = await stores.Tracking.SearchRunsAsync(new RunSearch(ids, settings.Filter,
            settings.OrderBy is null ? null : [settings.OrderBy], settings.Max), cancellationToken);
        return [.. page.Items.Select(RunView.From)];
    }

    protected override void Render(IReadOnlyList<RunView> runs, Settings settings) =>
        Tables.Write(["run id", "name", "status", "started", "trainer", "accuracy", "macro_f1"], runs.Select(run => new[]
        {
            run.RunId, Markup.Escape(run.RunName), run.Status, Format.Time(run.StartTime),
            Markup.Escape(run.Tags.GetValueOrDefault("trainer", "")),
            Format.Number(run.Metrics.TryGetValue("accuracy", out var a) ? a : null),
            Format.Number(run.Metrics.TryGetValue("macro_f1", out var f) ? f : null),
        }));
}
