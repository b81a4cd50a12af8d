using Mlops.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryShowCommand : AsyncCommand<VersionSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, VersionSettings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var model = await stores.Registry.GetRegisteredModelAsync(settings.Name, cancellationToken);
        var view = RegistryView.From(await stores.Registry.GetModelVersionAsync(settings.Name, settings.Version, cancellationToken), model);
        if (settings.Json)
        {
            JsonOutput.Write(view);
            return 0;
        }
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("model", Markup.Escape($"{view.Name} v{view.Version}"));
        grid.AddRow("stage", view.Stage);
        grid.AddRow("aliases", Markup.Escape(string.Join(", ", view.Aliases)));
        grid.AddRow("created", view.Created);
        grid.AddRow("run id", view.RunId ?? "");
        grid.AddRow("source", Markup.Escape(view.Source));
        grid.AddRow("description", Markup.Escape(view.Description ?? ""));
        foreach (var (key, value) in view.Metrics)
        {
            grid.AddRow($"metric {Markup.Escape(key)}", Format.Number(value));
        }
        foreach (var (key, value) in view.Tags)
        {
            grid.AddRow($"tag {Markup.Escape(key)}", Markup.Escape(value));
        }
        AnsiConsole.Write(grid);
        return 0;
    }
}
