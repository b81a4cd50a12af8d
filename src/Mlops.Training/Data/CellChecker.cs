using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Inference.Features;
using Mlops.Training.Configuration;

namespace Mlops.Training.Data;

/// <summary>Checks one cell against its column's rules, records violations with the action its policy dictates, and returns the normalized value.</summary>
internal sealed class CellChecker(ValidationParams policies, List<DataViolation> violations)
{
    /// <summary>Quarantine reasons collected for the current row; the caller clears it per row.</summary>
    public List<string> Reasons { get; } = [];

    public string Check(ColumnSpec spec, string raw, CsvRow row)
    {
        if (IsMissing(raw))
        {
            if (spec.IsTarget)
            {
                Record(row, spec, raw, DataRule.UnknownTarget, policies.UnknownTarget);
            }
            else if (spec.Schema!.Missing is { } missing)
            {
                Record(row, spec, raw, DataRule.MissingValue, missing switch
                {
                    MissingPolicy.Drop => ValidationPolicy.Quarantine,
                    MissingPolicy.Impute => MissingPolicy.Impute,
                    _ => ValidationPolicy.Fail,
                });
            }
            else if (spec.Required)
            {
                Record(row, spec, raw, DataRule.MissingValue, policies.MissingValue);
            }
            return "";
        }
        if (spec.IsTarget)
        {
            return spec.Classes is { } classes
                ? Match(raw, classes) ?? Unknown(row, spec, raw, DataRule.UnknownTarget, policies.UnknownTarget)
                : NumericTarget(raw, row, spec);
        }
        if (spec.Schema!.Type == "categorical")
        {
            // A declared rare-values bucket takes every value not listed, as the feature transform does at serving.
            return Match(raw, spec.Schema.Categories ?? []) ?? spec.Schema.Other
                ?? Unknown(row, spec, raw, DataRule.UnknownCategory, policies.UnknownCategory);
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return Unknown(row, spec, raw, DataRule.NonNumeric, policies.NonNumeric);
        }
        return Format(CheckRange(spec, raw, row, number));
    }

    // A regression target (no classes) must be a finite number; like an unknown class it cannot be kept as missing.
    private string NumericTarget(string raw, CsvRow row, ColumnSpec spec) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? Format(number)
            : Unknown(row, spec, raw, DataRule.NonNumeric, policies.UnknownTarget);

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static bool IsMissing(string raw) => MissingValue.Is(raw);

    private double CheckRange(ColumnSpec spec, string raw, CsvRow row, double number)
    {
        var (min, max) = (spec.Schema!.Min, spec.Schema.Max);
        double? bound = number < min ? min : number > max ? max : null;
        if (bound is not { } limit)
        {
            return number;
        }
        Record(row, spec, raw, DataRule.OutOfRange, policies.OutOfRange, $"clipped to {Format(limit)}");
        return policies.OutOfRange == ValidationPolicy.Clip ? limit : number;
    }

    // A value that cannot be kept as is: under flag the row stays with the value set to missing.
    private string Unknown(CsvRow row, ColumnSpec spec, string raw, string rule, string policy)
    {
        Record(row, spec, raw, rule, policy, flagAction: "flagged (set to missing)");
        return "";
    }

    private void Record(CsvRow row, ColumnSpec spec, string raw, string rule, string policy,
        string clipAction = "clipped", string flagAction = "flagged")
    {
        var action = policy switch
        {
            ValidationPolicy.Quarantine => "quarantined",
            ValidationPolicy.Flag => flagAction,
            ValidationPolicy.Clip => clipAction,
            MissingPolicy.Impute => "imputed (value fitted on the training rows)",
            _ => DataViolation.FailedAction,
        };
        violations.Add(new DataViolation(row.Row, row.Line, spec.Name, raw, rule, action));
        if (policy == ValidationPolicy.Quarantine)
        {
            Reasons.Add($"{rule}: column '{spec.Name}' value {ErrorText.Quote(raw)}");
        }
    }

    private static string? Match(string raw, IReadOnlyList<string> allowed)
    {
        foreach (var value in allowed)
        {
            if (string.Equals(value, raw, StringComparison.Ordinal))
            {
                return value;
            }
        }
        foreach (var value in allowed)
        {
            if (string.Equals(value, raw, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }
}
