using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Runs;

public sealed class RunsListCommand : AsyncCommand<RunsListCommand.Settings>
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

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
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
        if (settings.Json)
        {
            JsonOutput.Write(page.Items.Select(RunView.From));
            return 0;
        }
        var table = new Table().AddColumns("run id", "name", "status", "started", "trainer", "accuracy", "macro_f1");
        foreach (var run in page.Items)
        {
            var metrics = run.Metrics.ToDictionary(m => m.Key, m => m.Value);
            table.AddRow(run.Info.RunId, Markup.Escape(run.Info.RunName), run.Info.Status.ToString(), Format.Time(run.Info.StartTime),
                Markup.Escape(run.Tags.GetValueOrDefault("trainer", "")),
                Format.Number(metrics.TryGetValue("accuracy", out var a) ? a : null),
                Format.Number(metrics.TryGetValue("macro_f1", out var f) ? f : null));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
