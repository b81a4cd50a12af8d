using Mlops.Core.Errors;
using Mlops.Core.Features;

namespace Mlops.Storage.Relational.Features;

/// <summary>What a draft must hold before it is written: a name, hashes, distinct column names and counts that are not negative.</summary>
internal static class FeatureSetDraftRules
{
    public static void Check(FeatureSetDraft draft)
    {
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Contains(':', StringComparison.Ordinal))
        {
            throw MlopsException.Invalid($"Feature set name '{draft.Name}' must be non-empty and hold no ':'.");
        }
        if (string.IsNullOrWhiteSpace(draft.TransformHash) || string.IsNullOrWhiteSpace(draft.SourceDataHash))
        {
            throw MlopsException.Invalid($"Feature set '{draft.Name}': the transform hash and the source data hash are required.");
        }
        if (draft.TrainRows < 0 || draft.TestRows < 0)
        {
            throw MlopsException.Invalid($"Feature set '{draft.Name}': row counts cannot be negative ({draft.TrainRows}, {draft.TestRows}).");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in draft.Columns)
        {
            if (string.IsNullOrWhiteSpace(column.Name) || !seen.Add(column.Name))
            {
                throw MlopsException.Invalid($"Feature set '{draft.Name}': column '{column.Name}' is empty or appears twice.");
            }
        }
    }
}
