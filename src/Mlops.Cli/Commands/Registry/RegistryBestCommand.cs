using System.ComponentModel;
using Mlops.Cli.Infrastructure;
using Mlops.Core.Errors;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryBestCommand : AsyncCommand<RegistryBestCommand.Settings>
{
    public sealed class Settings : ListSettings
    {
        [CommandArgument(0, "<NAME>")]
        public string Name { get; init; } = "";

        [CommandOption("--metric <METRIC>")]
        [Description("Metric to rank by (default accuracy).")]
        public string Metric { get; init; } = "accuracy";

        [CommandOption("--minimize")]
        [Description("Lower is better (implied for metrics whose name contains 'loss' or 'cost').")]
        public bool Minimize { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var model = await stores.Registry.GetRegisteredModelAsync(settings.Name, cancellationToken);
        var minimize = settings.Minimize || settings.Metric.Contains("loss", StringComparison.OrdinalIgnoreCase)
            || settings.Metric.Contains("cost", StringComparison.OrdinalIgnoreCase);
        var ranked = (await stores.Registry.ListModelVersionsAsync(settings.Name, cancellationToken))
            .Select(v => RegistryView.From(v, model))
            .Where(v => v.Metric(settings.Metric) is { } m && !double.IsNaN(m))
            .ToList();
        if (ranked.Count == 0)
        {
            throw MlopsException.NotFound($"No version of '{settings.Name}' has metric '{settings.Metric}'.");
        }
        var best = minimize
            ? ranked.OrderBy(v => v.Metric(settings.Metric)).ThenByDescending(v => v.Version).First()
            : ranked.OrderByDescending(v => v.Metric(settings.Metric)).ThenByDescending(v => v.Version).First();
        if (settings.Json)
        {
            JsonOutput.Write(best);
        }
        else
        {
            Console.Out.WriteLine($"{best.Name} v{best.Version}: {settings.Metric} = {Format.Number(best.Metric(settings.Metric))} " +
                $"(stage {best.Stage}{(best.Aliases.Count > 0 ? ", aliases " + string.Join(",", best.Aliases) : "")})");
        }
        return 0;
    }
}
