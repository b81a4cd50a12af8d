using System.Globalization;
using Mlops.Core.AbTesting;
using Mlops.Core.Errors;

namespace Mlops.Storage.Relational.AbTesting;

/// <summary>The rules a draft must keep before a store records it; a broken one names the field and the rule.</summary>
public static class AbTestDraftRules
{
    public const double ShareTolerance = 1e-9;

    /// <summary>Throws <see cref="ErrorCode.InvalidParameterValue"/> naming the first rule <paramref name="draft"/> breaks.</summary>
    public static void Validate(AbTestDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(!string.IsNullOrWhiteSpace(draft.Name), "name: an A/B test needs a name.");
        Require(!string.IsNullOrWhiteSpace(draft.ModelName), "model_name: an A/B test needs a registered model.");
        var variants = draft.Variants ?? [];
        Require(variants.Count >= 2, $"variants: an A/B test needs at least two variants; got {variants.Count}.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            Require(variant is not null && !string.IsNullOrWhiteSpace(variant.Name), $"variants[{i}].name: a variant needs a name.");
            Require(names.Add(variant!.Name), $"variants[{i}].name: the variant name '{variant.Name}' is used twice.");
            Require(variant.Share >= 0 && double.IsFinite(variant.Share),
                $"variants[{i}].share: the share of variant '{variant.Name}' is {Text(variant.Share)}; shares must be at least 0.");
        }
        var sum = variants.Sum(v => v.Share);
        Require(Math.Abs(sum - 1) <= ShareTolerance, $"variants: the shares sum to {Text(sum)}; they must sum to 1.");
        Require(draft.RequiredPerVariant >= 1,
            $"required_per_variant: {draft.RequiredPerVariant} labelled predictions per variant; the horizon must be at least 1.");
    }

    private static void Require(bool rule, string message)
    {
        if (!rule)
        {
            throw MlopsException.Invalid(message);
        }
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
