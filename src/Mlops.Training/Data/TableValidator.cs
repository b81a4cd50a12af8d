using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Inference.Features;
using Mlops.Training.Configuration;

namespace Mlops.Training.Data;

/// <summary>
/// Checks records against compiled <see cref="ColumnRule"/>s, one at a time, into a <see cref="ValidatedTable"/>:
/// each broken rule is recorded with the action its policy dictates, and a cell is parsed once, from its span.
/// </summary>
internal sealed class TableValidator
{
    private readonly ValidationParams policies;
    private readonly ValidatedTable table;
    private readonly string? headerReason;
    private readonly List<string> reasons = [];
    private readonly int headerWidth;

    public TableValidator(PipelineParams p, string source, IReadOnlyList<string> header, bool requireTarget)
    {
        policies = p.Validation;
        headerWidth = header.Count;
        var violations = new List<DataViolation>();
        var rules = new List<ColumnRule>();
        foreach (var (name, schema) in p.Schema.Columns)
        {
            var index = IndexOf(header, name);
            rules.Add(ColumnRule.ForInput(name, index, schema, policies));
            if (index < 0)
            {
                headerReason = MissingColumn(name, schema, violations) ?? headerReason;
            }
        }
        var target = p.Data.Target;
        var targetIndex = IndexOf(header, target);
        if (targetIndex >= 0)
        {
            rules.Add(ColumnRule.ForTarget(target, targetIndex, p.Schema.TargetClasses, policies));
        }
        else if (requireTarget)
        {
            // Rows without labels cannot be trained on, whatever validation.missing_column says.
            violations.Add(new DataViolation(0, 1, target, "", DataRule.MissingColumn, DataViolation.FailedAction));
        }
        foreach (var name in header.Where(h => h != target && !p.Schema.Columns.ContainsKey(h)))
        {
            violations.Add(new DataViolation(0, 1, name, "", DataRule.ExtraColumn, "flagged (column dropped)"));
        }
        table = new ValidatedTable(source, header, [.. rules]);
        table.Violations.AddRange(violations);
    }

    public ValidatedTable Table => table;

    /// <summary>Checks one data record; <paramref name="line"/> is its file line.</summary>
    public void Add<TCells>(int line, TCells cells) where TCells : ICsvCells
    {
        var index = table.AddRow();
        var rowNumber = index + 1;
        reasons.Clear();
        if (headerReason is not null)
        {
            reasons.Add(headerReason);
        }
        var rules = table.Rules;
        for (var c = 0; c < rules.Length; c++)
        {
            var at = rules[c].HeaderIndex;
            table.Set(c, index, at < 0 ? double.NaN : Check(rules[c], at < cells.Count ? cells[at] : "", rowNumber, line));
        }
        if (cells.Count > headerWidth)
        {
            var extra = string.Join(",", cells.ToStrings().Skip(headerWidth));
            table.Violations.Add(new DataViolation(rowNumber, line, "(beyond header)", extra, DataRule.ExtraField, "flagged (ignored)"));
        }
        if (reasons.Count > 0)
        {
            table.Quarantine(index, cells.ToStrings(), string.Join("; ", reasons));
        }
    }

    private double Check(ColumnRule rule, ReadOnlySpan<char> raw, int row, int line)
    {
        if (MissingValue.Is(raw))
        {
            if (rule.Missing.Rule is { } missingRule)
            {
                Record(row, line, rule, raw, missingRule, rule.Missing.Policy);
            }
            return double.NaN;
        }
        if (!rule.IsNumeric)
        {
            var index = rule.Match(raw);
            return index >= 0 ? index : Unknown(row, line, rule, raw);
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return Unknown(row, line, rule, raw);
        }
        double? bound = number < rule.Min ? rule.Min : number > rule.Max ? rule.Max : null;
        if (bound is not { } limit)
        {
            return number;
        }
        Record(row, line, rule, raw, DataRule.OutOfRange, rule.OutOfRangePolicy, $"clipped to {Format(limit)}");
        return rule.OutOfRangePolicy == ValidationPolicy.Clip ? limit : number;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // A value that cannot be kept as is: under flag the row stays with the value set to missing.
    private double Unknown(int row, int line, ColumnRule rule, ReadOnlySpan<char> raw)
    {
        Record(row, line, rule, raw, rule.Unknown.Rule, rule.Unknown.Policy, flagAction: "flagged (set to missing)");
        return double.NaN;
    }

    private void Record(int row, int line, ColumnRule rule, ReadOnlySpan<char> rawSpan, string ruleName, string policy,
        string clipAction = "clipped", string flagAction = "flagged")
    {
        var action = policy switch
        {
            ValidationPolicy.Quarantine => "quarantined",
            ValidationPolicy.Flag => flagAction,
            ValidationPolicy.Clip => clipAction,
            _ => DataViolation.FailedAction,
        };
        var raw = rawSpan.ToString();
        table.Violations.Add(new DataViolation(row, line, rule.Name, raw, ruleName, action));
        if (policy == ValidationPolicy.Quarantine)
        {
            reasons.Add($"{ruleName}: column '{rule.Name}' value {ErrorText.Quote(raw)}");
        }
    }

    /// <summary>Records an absent schema column; returns the quarantine reason every row gets when its policy says so.</summary>
    private string? MissingColumn(string name, ColumnSchema schema, List<DataViolation> violations)
    {
        var policy = schema.Required ? policies.MissingColumn : ValidationPolicy.Flag;
        var action = policy switch
        {
            ValidationPolicy.Quarantine => "quarantined (every row)",
            ValidationPolicy.Flag => schema.Required ? "flagged (values set to missing)" : "flagged (optional column; values missing)",
            _ => DataViolation.FailedAction,
        };
        violations.Add(new DataViolation(0, 1, name, "", DataRule.MissingColumn, action));
        return policy == ValidationPolicy.Quarantine ? $"{DataRule.MissingColumn}: column '{name}' is absent from the header" : null;
    }

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
