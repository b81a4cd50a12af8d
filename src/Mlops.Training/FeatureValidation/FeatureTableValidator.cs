using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Features;
using Mlops.Training.Configuration;
using Mlops.Training.Models;

namespace Mlops.Training.FeatureValidation;

/// <summary>
/// Checks materialized feature tables against params.yaml's feature_validation, one pass per table: NaN or infinite
/// values and ranges per cell (row = 1-based data row of the file), the share of each indicator column over all rows.
/// The tables are read as the train stage reads them (<see cref="FeatureTableReader"/>).
/// </summary>
public static class FeatureTableValidator
{
    /// <summary>Findings beyond this many per rule are counted, not listed.</summary>
    public const int MaxListedPerRule = 20;

    public static FeatureCheckResult Validate(FeatureValidationParams rules, IReadOnlyList<(string Name, FeatureTable Table)> tables,
        IReadOnlyList<string> kinds)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(tables);
        var result = new FeatureCheckResult();
        if (tables.Count == 0)
        {
            return result;
        }
        var names = tables[0].Table.FeatureNames;
        var ranges = RangesByColumn(rules, names);
        var ones = new long[names.Count];
        long rows = 0;
        foreach (var (name, table) in tables)
        {
            for (var r = 0; r < table.Rows; r++)
            {
                var row = table.Row(r);
                for (var c = 0; c < row.Length; c++)
                {
                    CheckCell(rules, result, name, r + 1, names[c], row[c], ranges[c]);
                    ones[c] += row[c] == 1f ? 1 : 0;
                }
            }
            rows += table.Rows;
        }
        if (rules.MaxCategoryShare is { } share && rows > 0)
        {
            for (var c = 0; c < names.Count; c++)
            {
                var observed = (double)ones[c] / rows;
                if (kinds[c] == FeatureDefinition.OneHot && observed > share.Max)
                {
                    result.Add(new FeatureFinding(FeatureFinding.MaxCategoryShare, share.Severity, names[c],
                        $"{Percent(observed)} of the rows are in this category, above the allowed {Percent(share.Max)}", Value: observed));
                }
            }
        }
        return result;
    }

    private static void CheckCell(FeatureValidationParams rules, FeatureCheckResult result, string table, int row, string column, float value,
        FeatureRangeParams? range)
    {
        if (!float.IsFinite(value))
        {
            if (rules.NoNanOrInfinity != FeatureRuleSeverity.Off)
            {
                result.Add(new FeatureFinding(FeatureFinding.NoNanOrInfinity, rules.NoNanOrInfinity, column,
                    $"{Text(value)} is not a finite number", table, row, value));
            }
            return;
        }
        if (range is not null && (value < range.Min || value > range.Max))
        {
            result.Add(new FeatureFinding(FeatureFinding.Range, range.Severity, column,
                $"{Text(value)} is outside [{Bound(range.Min)}, {Bound(range.Max)}]", table, row, value));
        }
    }

    private static FeatureRangeParams?[] RangesByColumn(FeatureValidationParams rules, IReadOnlyList<string> names)
    {
        var unknown = rules.Ranges.Keys.Where(k => !names.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw MlopsException.Invalid($"feature_validation.ranges names {string.Join(", ", unknown.Select(u => $"'{u}'"))}, which " +
                $"the feature tables do not have; their columns: {string.Join(", ", names)}");
        }
        return [.. names.Select(n => rules.Ranges.GetValueOrDefault(n))];
    }

    private static string Text(float value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Bound(double? bound) => bound?.ToString("R", CultureInfo.InvariantCulture) ?? "any";

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
