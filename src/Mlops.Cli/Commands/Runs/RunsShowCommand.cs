using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Runs;

public sealed class RunsShowCommand : AsyncCommand<RunsShowCommand.Settings>
{
    public sealed class Settings : ListSettings
    {
        [CommandArgument(0, "<RUN_ID>")]
        [Description("Run id (see `mlops runs list`).")]
        public string RunId { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var view = RunView.From(await stores.Tracking.GetRunAsync(settings.RunId, cancellationToken));
        if (settings.Json)
        {
            JsonOutput.Write(view);
            return 0;
        }
        var table = new Table().AddColumns("kind", "key", "value");
        table.AddRow("run", "id", view.RunId);
        table.AddRow("run", "name", Markup.Escape(view.RunName));
        table.AddRow("run", "status", view.Status);
        table.AddRow("run", "started", Format.Time(view.StartTime));
        table.AddRow("run", "ended", Format.Time(view.EndTime));
        table.AddRow("run", "artifacts", Markup.Escape(view.ArtifactUri));
        foreach (var (key, value) in view.Metrics)
        {
            table.AddRow("metric", Markup.Escape(key), Format.Number(value));
        }
        foreach (var (key, value) in view.Params)
        {
            table.AddRow("param", Markup.Escape(key), Markup.Escape(value));
        }
        foreach (var (key, value) in view.Tags)
        {
            table.AddRow("tag", Markup.Escape(key), Markup.Escape(value));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
