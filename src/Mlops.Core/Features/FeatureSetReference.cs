using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Core.Features;

/// <summary>A feature set name with an optional version: "full" (the latest) or "full:3".</summary>
public readonly record struct FeatureSetReference(string Name, int? Version)
{
    /// <summary>The model-version tag that names the feature set version a model was trained on.</summary>
    public const string ModelVersionTag = "mlops.feature_set";

    public static FeatureSetReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        var name = colon < 0 ? text : text[..colon];
        if (string.IsNullOrWhiteSpace(name))
        {
            throw MlopsException.Invalid($"Feature set '{text}': the name is empty (expected NAME or NAME:VERSION).");
        }
        if (colon < 0)
        {
            return new FeatureSetReference(name, null);
        }
        return int.TryParse(text[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0
            ? new FeatureSetReference(name, version)
            : throw MlopsException.Invalid($"Feature set '{text}': the version must be a whole number from 1 (expected NAME or NAME:VERSION).");
    }

    public override string ToString() => Version is { } v ? $"{Name}:{v.ToString(CultureInfo.InvariantCulture)}" : Name;
}
