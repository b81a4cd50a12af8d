using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Runs;

public sealed class RunsCompareCommand : AsyncCommand<RunsCompareCommand.Settings>
{
    public sealed class Settings : ListSettings
    {
        [CommandArgument(0, "<RUN_IDS>")]
        [Description("Two or more run ids.")]
        public string[] RunIds { get; init; } = [];

        public override ValidationResult Validate() =>
            RunIds.Length >= 2 ? ValidationResult.Success() : ValidationResult.Error("compare needs at least two run ids.");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var runs = new List<RunView>();
        foreach (var id in settings.RunIds)
        {
            runs.Add(RunView.From(await stores.Tracking.GetRunAsync(id, cancellationToken)));
        }
        if (settings.Json)
        {
            JsonOutput.Write(runs);
            return 0;
        }
        var table = new Table().AddColumn("metric");
        foreach (var run in runs)
        {
            table.AddColumn(run.RunId[..8]);
        }
        table.AddRow(["trainer", .. runs.Select(r => Markup.Escape(r.Tags.GetValueOrDefault("trainer", "")))]);
        foreach (var key in runs.SelectMany(r => r.Metrics.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            table.AddRow([Markup.Escape(key), .. runs.Select(r => Format.Number(r.Metrics.TryGetValue(key, out var v) ? v : null))]);
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
