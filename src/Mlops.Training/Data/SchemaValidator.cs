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
        return ValidateStream(p, csvPath, requireTarget).Violations;
    }

    /// <summary>Validates every row of already-validated params; throws only for an empty file or a repeated header name.</summary>
    public static ValidationResult Validate(PipelineParams p, CsvTable table, bool requireTarget)
    {
        EnsureUsable(table.Source, table.Header, table.Rows.Count);
        var validator = new TableValidator(p, table.Source, table.Header, requireTarget);
        foreach (var row in table.Rows)
        {
            validator.Add(row.Line, new HeldCells(row.Fields));
        }
        var validated = validator.Table;
        var width = validated.Rules.Length;
        var rows = new List<ValidatedRow>(table.Rows.Count);
        for (var at = 0; at < table.Rows.Count; at++)
        {
            var row = table.Rows[at];
            var values = new string[width];
            for (var c = 0; c < width; c++)
            {
                values[c] = validated.Text(c, at);
            }
            rows.Add(new ValidatedRow(row.Row, row.Line, row.Fields, values, validated.QuarantineReason(at)));
        }
        return new ValidationResult(table.Source, table.Header, [.. validated.Rules.Select(r => r.Name)], validated.HasTarget,
            rows, validated.Violations);
    }

    /// <summary>Validates a file as it streams past: no row is held as text unless it is quarantined.</summary>
    internal static ValidatedTable ValidateStream(PipelineParams p, string csvPath, bool requireTarget)
    {
        using var records = CsvRecordReader.OpenFile(csvPath);
        if (!records.MoveNext())
        {
            EnsureUsable(csvPath, [], 0);
        }
        var header = records.Fields();
        var validator = new TableValidator(p, csvPath, header, requireTarget);
        while (records.MoveNext())
        {
            validator.Add(records.Line, new StreamedCells(records));
        }
        EnsureUsable(csvPath, header, validator.Table.RowCount);
        return validator.Table;
    }

    private static void EnsureUsable(string source, IReadOnlyList<string> header, int rows)
    {
        if (header.Count == 0)
        {
            throw MlopsException.Invalid($"{source} is empty: no header row and no data rows");
        }
        if (rows == 0)
        {
            throw MlopsException.Invalid($"{source} is empty: it has a header row but no data rows");
        }
        var repeated = header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw MlopsException.Invalid($"{source}: the header names column {ErrorText.Quote(repeated.Key)} {repeated.Count()} times");
        }
    }
}
