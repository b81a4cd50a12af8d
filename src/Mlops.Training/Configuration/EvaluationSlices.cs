using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Slicing;

namespace Mlops.Training.Configuration;

/// <summary>
/// The slices evaluation.slices (named filters) and evaluation.slice_by (one slice per category) describe, checked
/// against schema.columns: every problem names the slice, its key and the rule.
/// </summary>
public static class EvaluationSlices
{
    /// <summary>Named slices first (in params order), then the per-category ones; throws when any is invalid.</summary>
    public static IReadOnlyList<SliceDefinition> From(PipelineParams p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var errors = new List<string>();
        var slices = Build(p, errors);
        if (errors.Count > 0)
        {
            throw MlopsException.Invalid(string.Join('\n', errors));
        }
        return slices;
    }

    internal static IReadOnlyList<SliceDefinition> Build(PipelineParams p, List<string> errors)
    {
        var e = p.Evaluation;
        var slices = new List<SliceDefinition>();
        foreach (var (name, filter) in e.Slices)
        {
            var key = $"evaluation.slices.{name}";
            if (!SliceDefinition.IsValidName(name))
            {
                errors.Add($"slice '{name}' ({key}): a slice name may hold only letters, digits, '_' and '-' (it goes into metric keys)");
            }
            if (new SliceFilterReader(name, p.Schema, errors).Read(filter, key) is { } compiled)
            {
                slices.Add(new SliceDefinition(name, compiled));
            }
        }
        foreach (var column in e.SliceBy)
        {
            if (!p.Schema.Columns.TryGetValue(column, out var schema))
            {
                errors.Add($"evaluation.slice_by: '{column}' is not a column of schema.columns");
            }
            else if (schema.Type != "categorical")
            {
                errors.Add($"evaluation.slice_by: '{column}' is {schema.Type}; only a categorical column is sliced per value");
            }
            else
            {
                // A categorical column without categories is reported by the schema checks.
                slices.AddRange((schema.Categories ?? []).Select(c => SliceDefinition.ForValue(column, c)));
            }
        }
        foreach (var twice in slices.GroupBy(s => s.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add($"slice '{twice.Key}' is defined more than once (evaluation.slices and evaluation.slice_by give each slice one name)");
        }
        if (e.MinSliceRows < 1)
        {
            errors.Add($"evaluation.min_slice_rows must be at least 1, got {e.MinSliceRows.ToString(CultureInfo.InvariantCulture)}");
        }
        return slices;
    }
}
