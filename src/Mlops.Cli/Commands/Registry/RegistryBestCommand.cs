using Mlops.Core.Errors;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryBestCommand : StoreViewCommand<RegistryBestCommand.Settings, RegistryView>
{
    public sealed class Settings : ModelSettings
    {
        [CommandOption("--metric <METRIC>")]
        [Description("Metric to rank by (default accuracy).")]
        public string Metric { get; init; } = "accuracy";

        [CommandOption("--minimize")]
        [Description("Lower is better (implied for metrics whose name contains 'loss' or 'cost').")]
        public bool Minimize { get; init; }
    }

    protected override async Task<RegistryView> LoadAsync(Stores stores, Settings settings, CancellationToken cancellationToken)
    {
        var minimize = settings.Minimize || settings.Metric.Contains("loss", StringComparison.OrdinalIgnoreCase)
            || settings.Metric.Contains("cost", StringComparison.OrdinalIgnoreCase);
        var ranked = (await RegistryView.AllAsync(stores.Registry, settings.Name, cancellationToken))
            .Where(v => v.Metric(settings.Metric) is { } m && !double.IsNaN(m))
            .ToList();
        if (ranked.Count == 0)
        {
            throw MlopsException.NotFound($"No version of '{settings.Name}' has metric '{settings.Metric}'.");
        }
        return minimize
            ? ranked.OrderBy(v => v.Metric(settings.Metric)).ThenByDescending(v => v.Version).First()
            : ranked.OrderByDescending(v => v.Metric(settings.Metric)).ThenByDescending(v => v.Version).First();
    }

    protected override void Render(RegistryView best, Settings settings) =>
        Console.Out.WriteLine($"{best.Name} v{best.Version}: {settings.Metric} = {Format.Number(best.Metric(settings.Metric))} " +
            $"(stage {best.Stage}{(best.Aliases.Count > 0 ? ", aliases " + string.Join(",", best.Aliases) : "")})");
}
