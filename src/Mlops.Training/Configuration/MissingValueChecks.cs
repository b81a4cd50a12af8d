using System.Globalization;

namespace Mlops.Training.Configuration;

/// <summary>Checks a column's missing-value keys (missing, impute, fill_value) and its rare-values bucket (other).</summary>
internal static class MissingValueChecks
{
    public static void Check(string key, ColumnSchema column, List<string> errors)
    {
        if (column.Missing is { } missing)
        {
            ParamsValidator.OneOf(errors, $"{key}.missing", missing, MissingPolicy.Policies);
        }
        if (column.Missing != MissingPolicy.Impute)
        {
            if (column.Impute is not null || column.FillValue is not null)
            {
                errors.Add($"{key}: impute and fill_value apply only with missing: impute");
            }
        }
        else
        {
            CheckImpute(key, column, errors);
        }
        if (column.Other is { } other)
        {
            if (column.Type != "categorical")
            {
                errors.Add($"{key}.other applies to categorical columns only");
            }
            else if (column.Categories is { } categories && !categories.Contains(other, StringComparer.Ordinal))
            {
                errors.Add($"{key}.other must be one of {key}.categories, got '{other}'");
            }
        }
    }

    private static void CheckImpute(string key, ColumnSchema column, List<string> errors)
    {
        var strategy = MissingPolicy.StrategyOf(column);
        ParamsValidator.OneOf(errors, $"{key}.impute", strategy, MissingPolicy.Strategies);
        if (strategy == MissingPolicy.Median && column.Type != "numeric")
        {
            errors.Add($"{key}.impute: median applies to numeric columns only; use most_frequent or constant");
        }
        if (strategy != MissingPolicy.Constant)
        {
            if (column.FillValue is not null)
            {
                errors.Add($"{key}.fill_value applies only with impute: constant");
            }
            return;
        }
        if (column.FillValue is not { } fill)
        {
            errors.Add($"{key}.fill_value must be given with impute: constant");
        }
        else if (column.Type == "numeric"
            && !(double.TryParse(fill, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)))
        {
            errors.Add($"{key}.fill_value must be a number for a numeric column, got '{fill}'");
        }
        else if (column.Type == "categorical" && column.Categories is { } categories && !categories.Contains(fill, StringComparer.Ordinal))
        {
            errors.Add($"{key}.fill_value must be one of {key}.categories, got '{fill}'");
        }
    }
}
