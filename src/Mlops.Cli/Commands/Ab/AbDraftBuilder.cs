using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>
/// Turns `ab start`'s options into the draft the store records: each variant's reference resolved to a version now
/// (kept for the whole test), the control's accuracy as the baseline, and the fixed horizon computed from it.
/// </summary>
internal static class AbDraftBuilder
{
    public static async Task<AbTestDraft> BuildAsync(Stores stores, AbStartSettings settings, CancellationToken ct)
    {
        var model = await ModelAsync(stores.Registry, settings.Model, ct);
        var versions = (await stores.Registry.ListModelVersionsAsync(model.Name, ct)).ToDictionary(v => v.Version);
        var options = settings.Variants.Select(v => AbVariantOption.Parse(v)!).ToList();
        var shares = settings.ParsedMode == AbMode.Shadow
            ? [.. options.Select((_, i) => i == 0 ? 1.0 : 0.0)]
            : AbSplitOption.Shares(settings.Split, options.Count);
        var variants = options.Select((o, i) => new AbVariant(o.Name, o.Reference, Resolve(model, versions, o), shares[i])).ToList();
        var baseline = await AbBaseline.AccuracyAsync(stores.Tracking, versions[variants[0].Version], variants[0].Name, ct);
        return new AbTestDraft
        {
            Name = settings.Name.Trim(),
            ModelName = model.Name,
            Variants = variants,
            Mode = settings.ParsedMode,
            Metric = settings.Metric,
            MinimumDetectableEffect = settings.MinimumDetectableEffect,
            Alpha = settings.Alpha,
            Power = settings.Power,
            BaselineRate = baseline,
            RequiredPerVariant = Horizon(baseline, settings.MinimumDetectableEffect, settings.Alpha, settings.Power),
            Description = string.IsNullOrWhiteSpace(settings.Description) ? null : settings.Description,
        };
    }

    /// <summary>The contract's fixed horizon (<see cref="AbHorizonPlan"/>), its refusals naming the option.</summary>
    private static int Horizon(double baseline, double effect, double alpha, double power)
    {
        try
        {
            return AbHorizonPlan.RequiredPerVariant(baseline, effect, alpha, power);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.InvalidParameterValue)
        {
            throw MlopsException.Invalid($"--min-detectable-effect {effect} with the control's accuracy {baseline}: {e.Message}");
        }
    }

    private static async Task<RegisteredModel> ModelAsync(IModelRegistry registry, string name, CancellationToken ct)
    {
        try
        {
            return await registry.GetRegisteredModelAsync(name.Trim(), ct);
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            throw MlopsException.NotFound($"--model {ErrorText.Quote(name)}: no registered model of that name (see `mlops registry list`).");
        }
    }

    private static int Resolve(RegisteredModel model, IReadOnlyDictionary<int, ModelVersion> versions, AbVariantOption option)
    {
        if (option.Reference.StartsWith('@'))
        {
            var alias = option.Reference[1..];
            return model.Aliases.TryGetValue(alias, out var aliased)
                ? aliased
                : throw MlopsException.NotFound($"--variant {option.Name}={option.Reference}: {model.Name} has no alias '{alias}'" +
                    (model.Aliases.Count == 0 ? "" : $" (aliases: {string.Join(", ", model.Aliases.Keys.Order(StringComparer.Ordinal))})") + ".");
        }
        var version = int.Parse(option.Reference, System.Globalization.CultureInfo.InvariantCulture);
        return versions.ContainsKey(version)
            ? version
            : throw MlopsException.NotFound($"--variant {option.Name}={option.Reference}: {model.Name} has no version {version}" +
                (versions.Count == 0 ? "" : $" (versions: {string.Join(", ", versions.Keys.Order())})") + ".");
    }
}
