using Mlops.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryCompareCommand : AsyncCommand<RegistryCompareCommand.Settings>
{
    public sealed class Settings : ListSettings
    {
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandArgument(1, "<V1>")]
        public int First { get; init; }

        [CommandArgument(2, "<V2>")]
        public int Second { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var model = await stores.Registry.GetRegisteredModelAsync(settings.Name, cancellationToken);
        var a = RegistryView.From(await stores.Registry.GetModelVersionAsync(settings.Name, settings.First, cancellationToken), model);
        var b = RegistryView.From(await stores.Registry.GetModelVersionAsync(settings.Name, settings.Second, cancellationToken), model);
        var metricKeys = a.Metrics.Keys.Union(b.Metrics.Keys).Where(k => !k.Contains('/')).Order(StringComparer.Ordinal).ToList();
        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                A = a,
                B = b,
                Delta = metricKeys.ToDictionary(k => k, k => b.Metric(k) - a.Metric(k)),
            });
            return 0;
        }
        var table = new Table().AddColumns("", $"v{a.Version}", $"v{b.Version}", "delta");
        table.AddRow("stage", a.Stage, b.Stage, "");
        table.AddRow("aliases", Markup.Escape(string.Join(",", a.Aliases)), Markup.Escape(string.Join(",", b.Aliases)), "");
        table.AddRow("created", a.Created, b.Created, "");
        foreach (var key in metricKeys)
        {
            table.AddRow(Markup.Escape(key), Format.Number(a.Metric(key)), Format.Number(b.Metric(key)), Format.Number(b.Metric(key) - a.Metric(key)));
        }
        foreach (var key in a.Tags.Keys.Union(b.Tags.Keys).Order(StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(key), Markup.Escape(a.Tags.GetValueOrDefault(key, "")), Markup.Escape(b.Tags.GetValueOrDefault(key, "")), "");
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
