using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Training.Configuration;

namespace Mlops.Training.Data;

/// <summary>Checks a CSV table against params.schema (and the target column), applying the policies of params.validation.</summary>
public static class SchemaValidator
{
    /// <summary>Validates a file without writing anything; used by <c>mlops validate</c> and batch prediction input.</summary>
    public static IReadOnlyList<DataViolation> ValidateFile(PipelineParams p, string csvPath, bool requireTarget = false)
    {
        ParamsValidator.EnsureValid(p);
        return Validate(p, CsvReader.ReadFile(csvPath), requireTarget).Violations;
    }

    /// <summary>Validates every row of already-validated params; throws only for an empty file or a repeated header name.</summary>
    public static ValidationResult Validate(PipelineParams p, CsvTable table, bool requireTarget)
    {
        EnsureUsable(table);
        var violations = new List<DataViolation>();
        var (specs, headerReason) = BindColumns(p, table, requireTarget, violations);
        var checker = new CellChecker(p.Validation, violations);
        var rows = new List<ValidatedRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            checker.Reasons.Clear();
            if (headerReason is not null)
            {
                checker.Reasons.Add(headerReason);
            }
            var values = new string[specs.Count];
            for (var i = 0; i < specs.Count; i++)
            {
                var index = specs[i].HeaderIndex;
                values[i] = index < 0 ? "" : checker.Check(specs[i], index < row.Fields.Length ? row.Fields[index] : "", row);
            }
            if (row.Fields.Length > table.Header.Count)
            {
                var extra = string.Join(",", row.Fields.Skip(table.Header.Count));
                violations.Add(new DataViolation(row.Row, row.Line, "(beyond header)", extra, DataRule.ExtraField, "flagged (ignored)"));
            }
            var reason = checker.Reasons.Count == 0 ? null : string.Join("; ", checker.Reasons);
            rows.Add(new ValidatedRow(row.Row, row.Line, row.Fields, values, reason));
        }
        var hasTarget = specs.Count > 0 && specs[^1].IsTarget;
        return new ValidationResult(table.Source, table.Header, [.. specs.Select(s => s.Name)], hasTarget, rows, violations);
    }

    private static (List<ColumnSpec> Specs, string? HeaderReason) BindColumns(
        PipelineParams p, CsvTable table, bool requireTarget, List<DataViolation> violations)
    {
        var specs = new List<ColumnSpec>();
        string? headerReason = null;
        foreach (var (name, schema) in p.Schema.Columns)
        {
            var index = table.IndexOf(name);
            specs.Add(new ColumnSpec(name, index, schema, null));
            if (index >= 0)
            {
                continue;
            }
            var policy = schema.Required ? p.Validation.MissingColumn : ValidationPolicy.Flag;
            var action = policy switch
            {
                ValidationPolicy.Quarantine => "quarantined (every row)",
                ValidationPolicy.Flag => schema.Required ? "flagged (values set to missing)" : "flagged (optional column; values missing)",
                _ => DataViolation.FailedAction,
            };
            violations.Add(new DataViolation(0, 1, name, "", DataRule.MissingColumn, action));
            if (policy == ValidationPolicy.Quarantine)
            {
                headerReason = $"{DataRule.MissingColumn}: column '{name}' is absent from the header";
            }
        }

        var target = p.Data.Target;
        var targetIndex = table.IndexOf(target);
        if (targetIndex >= 0)
        {
            // No classes: a regression target, checked as a number.
            specs.Add(new ColumnSpec(target, targetIndex, null, p.Schema.IsRegression ? null : p.Schema.TargetClasses));
        }
        else if (requireTarget)
        {
            // Rows without labels cannot be trained on, whatever validation.missing_column says.
            violations.Add(new DataViolation(0, 1, target, "", DataRule.MissingColumn, DataViolation.FailedAction));
        }

        foreach (var name in table.Header.Where(h => h != target && !p.Schema.Columns.ContainsKey(h)))
        {
            violations.Add(new DataViolation(0, 1, name, "", DataRule.ExtraColumn, "flagged (column dropped)"));
        }
        return (specs, headerReason);
    }

    private static void EnsureUsable(CsvTable table)
    {
        if (table.Header.Count == 0)
        {
            throw MlopsException.Invalid($"{table.Source} is empty: no header row and no data rows");
        }
        if (table.Rows.Count == 0)
        {
            throw MlopsException.Invalid($"{table.Source} is empty: it has a header row but no data rows");
        }
        var repeated = table.Header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw MlopsException.Invalid($"{table.Source}: the header names column {ErrorText.Quote(repeated.Key)} {repeated.Count()} times");
        }
    }
}
