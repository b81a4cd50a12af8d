using Mlops.Cli.Infrastructure;
using Mlops.Core.Registry;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryListCommand : AsyncCommand<ListSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, ListSettings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var rows = new List<object>();
        var table = new Table().AddColumns("model", "versions", "None", "Staging", "Production", "Archived", "aliases", "updated");
        foreach (var model in await stores.Registry.ListRegisteredModelsAsync(cancellationToken))
        {
            var versions = await stores.Registry.ListModelVersionsAsync(model.Name, cancellationToken);
            var byStage = Enum.GetValues<ModelStage>().ToDictionary(s => s.ToString(), s => versions.Count(v => v.Stage == s));
            var aliases = string.Join(", ", model.Aliases.OrderBy(a => a.Key).Select(a => $"{a.Key}→v{a.Value}"));
            rows.Add(new { model.Name, Versions = versions.Count, Stages = byStage, model.Aliases, Updated = Format.Time(model.LastUpdatedTimestamp) });
            table.AddRow(Markup.Escape(model.Name), versions.Count.ToString(), byStage["None"].ToString(), byStage["Staging"].ToString(),
                byStage["Production"].ToString(), byStage["Archived"].ToString(), Markup.Escape(aliases), Format.Time(model.LastUpdatedTimestamp));
        }
        if (settings.Json)
        {
            JsonOutput.Write(rows);
        }
        else
        {
            AnsiConsole.Write(table);
        }
        return 0;
    }
}
