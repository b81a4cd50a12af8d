using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryVersionsCommand : AsyncCommand<RegistryVersionsCommand.Settings>
{
    public sealed class Settings : ListSettings
    {
        [CommandArgument(0, "<NAME>")]
        [Description("Registered model name, e.g. my_classifier.")]
        public string Name { get; init; } = "";
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var model = await stores.Registry.GetRegisteredModelAsync(settings.Name, cancellationToken);
        var views = (await stores.Registry.ListModelVersionsAsync(settings.Name, cancellationToken))
            .OrderByDescending(v => v.Version).Select(v => RegistryView.From(v, model)).ToList();
        if (settings.Json)
        {
            JsonOutput.Write(views);
            return 0;
        }
        var table = new Table().AddColumns("version", "stage", "accuracy", "macro_f1", "aliases", "created", "run id");
        foreach (var v in views)
        {
            table.AddRow(v.Version.ToString(), v.Stage, Format.Number(v.Metric("accuracy")), Format.Number(v.Metric("macro_f1")),
                Markup.Escape(string.Join(", ", v.Aliases)), v.Created, v.RunId ?? "");
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
