using System.Globalization;
using Mlops.Core.Registry;
using Mlops.Lifecycle.Registration;

namespace Mlops.Cli.Commands.Registry;

/// <summary>A version as shown by the registry verbs (and their --json output).</summary>
public sealed record RegistryView(
    string Name,
    int Version,
    string Stage,
    IReadOnlyList<string> Aliases,
    string Created,
    string? RunId,
    string Source,
    string? Description,
    IReadOnlyDictionary<string, double> Metrics,
    IReadOnlyDictionary<string, string> Tags)
{
    /// <summary>Aliases come from the registered model when given: MLflow's version listings do not carry them.</summary>
    public static RegistryView From(ModelVersion v, RegisteredModel? model = null)
    {
        IReadOnlyList<string> aliases = model is null
            ? v.Aliases
            : [.. model.Aliases.Where(a => a.Value == v.Version).Select(a => a.Key).Order(StringComparer.Ordinal)];
        var metrics = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var tags = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in v.Tags)
        {
            if (key.StartsWith(ModelRegistrar.MetricTagPrefix, StringComparison.Ordinal)
                && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                metrics[key[ModelRegistrar.MetricTagPrefix.Length..]] = number;
            }
            else
            {
                tags[key] = value;
            }
        }
        return new RegistryView(v.Name, v.Version, v.Stage.ToString(), aliases, Infrastructure.Format.Time(v.CreationTimestamp),
            v.RunId, v.Source, v.Description, metrics, tags);
    }

    /// <summary>Every version of <paramref name="name"/>, in the store's order.</summary>
    public static async Task<IReadOnlyList<RegistryView>> AllAsync(IModelRegistry registry, string name, CancellationToken ct)
    {
        var model = await registry.GetRegisteredModelAsync(name, ct);
        return [.. (await registry.ListModelVersionsAsync(name, ct)).Select(v => From(v, model))];
    }

    /// <summary>The given versions of <paramref name="name"/>, in the order asked.</summary>
    public static async Task<IReadOnlyList<RegistryView>> ManyAsync(IModelRegistry registry, string name, CancellationToken ct, params int[] versions)
    {
        var model = await registry.GetRegisteredModelAsync(name, ct);
        var views = new List<RegistryView>();
        foreach (var version in versions)
        {
            views.Add(From(await registry.GetModelVersionAsync(name, version, ct), model));
        }
        return views;
    }

    public double? Metric(string key) => Metrics.TryGetValue(key, out var value) ? value : null;
}
