using System.Globalization;
using Mlops.Core.AbTesting;
using Mlops.Core.Registry;
using Mlops.Lifecycle.Promotion;
using Mlops.Lifecycle.Registration;
using Mlops.Training.Configuration;

namespace Mlops.Cli.Commands.Ab;

/// <summary>
/// Moves the champion alias to a winning challenger the way a pipeline registration does: through the project's
/// promotion policy (params.yaml's registry section), compare-and-set against the control's version recorded at start.
/// The policy sees each version's registered metrics with the test's metric replaced by what the test measured, so
/// with champion_metric accuracy (the default) the online result, held to registry.min_margin, decides.
/// </summary>
internal sealed class AbPromotion(Stores stores, RegistryParams registry)
{
    private readonly PromotionPolicy policy = PromotionPolicy.From(registry);

    /// <summary>With ./params.yaml's registry section, else the defaults (a folder without a pipeline).</summary>
    public static AbPromotion ForWorkspace(Stores stores) => new(stores,
        File.Exists(DefaultModelUri.ParamsFile) ? ParamsLoader.LoadFile(DefaultModelUri.ParamsFile).Registry : new RegistryParams());

    /// <param name="control">The control's online accuracy; <paramref name="challenger"/>'s, for the winner.</param>
    /// <param name="actor">Who concludes, recorded with the move in the alias history.</param>
    public async Task<AbPromotionOutcome> CrownAsync(AbTest test, AbVariant winner, double control, double challenger, bool dryRun,
        string actor, CancellationToken ct)
    {
        var alias = registry.ChampionAlias;
        var expected = test.Control.Version;
        var model = await stores.Registry.GetRegisteredModelAsync(test.ModelName, ct);
        if (!model.Aliases.TryGetValue(alias, out var current) || current != expected)
        {
            var now = model.Aliases.ContainsKey(alias) ? $"points at version {current}" : "is not set";
            return Withheld(alias, $"the champion alias '{alias}' {now}, not at the control's version {expected} the test started with: not moved");
        }
        var metric = test.Definition.Metric;
        var candidate = await MetricsAsync(test.ModelName, winner.Version, metric, challenger, ct);
        var held = await MetricsAsync(test.ModelName, expected, metric, control, ct);
        var decision = policy.Decide(winner.Version, candidate, new ChampionSnapshot(expected, held));
        var why = "promotion policy: " + string.Join("; ", decision.Reasons);
        if (!decision.Crown)
        {
            return Withheld(alias, why);
        }
        if (dryRun)
        {
            return new AbPromotionOutcome(alias, winner.Version, Withheld: false, $"{why}; would move '{alias}' from version {expected} to {winner.Version} (dry run)");
        }
        var note = new AliasChangeNote(actor, string.Create(CultureInfo.InvariantCulture,
            $"A/B test {test.Name}: {winner.Name} won ({challenger:0.####} vs {control:0.####}); {why}"));
        if (!await stores.Registry.MoveAliasAsync(test.ModelName, alias, winner.Version, expected, note, ct))
        {
            return Withheld(alias, $"{why}; but the champion alias '{alias}' moved away from version {expected} while concluding: not moved");
        }
        return new AbPromotionOutcome(alias, winner.Version, Withheld: false, $"{why}; moved '{alias}' from version {expected} to {winner.Version}");
    }

    private static AbPromotionOutcome Withheld(string alias, string reason) => new(alias, null, Withheld: true, reason);

    /// <summary>The version's registered metrics (metric.* tags, else its run's), <paramref name="metric"/> set to the measured value.</summary>
    private async Task<Dictionary<string, double>> MetricsAsync(string name, int version, string metric, double measured, CancellationToken ct)
    {
        var found = await stores.Registry.GetModelVersionAsync(name, version, ct);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, text) in found.Tags)
        {
            if (key.StartsWith(ModelRegistrar.MetricTagPrefix, StringComparison.Ordinal) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                metrics[key[ModelRegistrar.MetricTagPrefix.Length..]] = value;
            }
        }
        if (metrics.Count == 0 && found.RunId is { } runId)
        {
            foreach (var (key, value) in await AbBaseline.RunMetricsAsync(stores.Tracking, runId, ct))
            {
                metrics[key] = value;
            }
        }
        metrics[metric] = measured;
        return metrics;
    }
}
