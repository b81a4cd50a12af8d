using System.Globalization;
using System.Text;
using Mlops.Core.Errors;
using Mlops.Core.Hashing;
using Mlops.Training.Configuration;

namespace Mlops.Training.Data;

/// <summary>The preprocess stage: validate the raw CSV, apply the policies, drop duplicates, write clean/quarantine/report.</summary>
public static class Preprocessor
{
    private const int MaxListedFailures = 50;

    /// <summary>
    /// Writes <paramref name="qualityReportJsonOut"/> and <paramref name="quarantineCsvOut"/> always, and
    /// <paramref name="cleanCsvOut"/> only when the data passes; throws <see cref="MlopsException"/> when it does not.
    /// </summary>
    public static DataQualityReport Run(
        PipelineParams p, string rawCsvPath, string cleanCsvOut, string quarantineCsvOut, string qualityReportJsonOut)
    {
        ParamsValidator.EnsureValid(p);
        var table = SchemaValidator.ValidateStream(p, rawCsvPath, requireTarget: true);
        var (clean, duplicates) = Deduplicate(table, p.Validation.DropDuplicates);

        var failure = FailureMessage(p, table, quarantinePath: quarantineCsvOut);
        var report = BuildReport(p, table, rawCsvPath, clean, duplicates, failure);

        WriteQuarantine(quarantineCsvOut, table);
        report.Save(qualityReportJsonOut);
        if (failure is not null)
        {
            throw MlopsException.Invalid(failure);
        }
        WriteClean(cleanCsvOut, table, clean);
        return report;
    }

    /// <summary>The rows kept, in file order: not quarantined, and the first of rows with equal values.</summary>
    private static (List<int> Rows, int Duplicates) Deduplicate(ValidatedTable table, bool drop)
    {
        var seen = new HashSet<int>(new RowComparer(table));
        var kept = new List<int>();
        var duplicates = 0;
        for (var row = 0; row < table.RowCount; row++)
        {
            if (table.IsQuarantined(row))
            {
                continue;
            }
            if (!drop || seen.Add(row))
            {
                kept.Add(row);
            }
            else
            {
                duplicates++;
            }
        }
        return (kept, duplicates);
    }

    private sealed class RowComparer(ValidatedTable table) : IEqualityComparer<int>
    {
        public bool Equals(int a, int b) => table.SameRow(a, b);

        public int GetHashCode(int row) => table.RowHash(row);
    }

    private static string? FailureMessage(PipelineParams p, ValidatedTable table, string quarantinePath)
    {
        var failures = table.Violations.Where(v => v.IsFailure).ToList();
        if (failures.Count > 0)
        {
            var lines = failures.Take(MaxListedFailures).Select(f => $"  {f}");
            var more = failures.Count > MaxListedFailures ? $"\n  ... and {failures.Count - MaxListedFailures} more" : "";
            return $"{table.Source}: validation failed, {failures.Count} violation(s) under policy 'fail':\n"
                + string.Join('\n', lines) + more;
        }
        var quarantined = table.QuarantinedCount;
        var fraction = (double)quarantined / table.RowCount;
        if (fraction > p.Validation.MaxQuarantineFraction)
        {
            return $"{table.Source}: {quarantined} of {table.RowCount} rows quarantined ({(fraction * 100).ToString("0.0", CultureInfo.InvariantCulture)}%), more than "
                + $"validation.max_quarantine_fraction = {ParamsValidator.Fmt(p.Validation.MaxQuarantineFraction)}; see {quarantinePath}";
        }
        return null;
    }

    private static DataQualityReport BuildReport(PipelineParams p, ValidatedTable table, string rawPath,
        List<int> clean, int duplicates, string? failure)
    {
        var violations = table.Violations;
        return new DataQualityReport
        {
            Source = Path.GetFileName(rawPath),
            DataSha256 = ContentHash.OfFile(rawPath),
            Status = failure is not null ? DataQualityReport.Failed
                : violations.Count > 0 ? DataQualityReport.PassedWithWarnings : DataQualityReport.Passed,
            Failure = failure,
            NRowsIn = table.RowCount,
            NRowsOut = failure is null ? clean.Count : 0,
            DuplicatesRemoved = duplicates,
            Quarantined = table.QuarantinedCount,
            Clipped = violations.Count(v => v.Action.StartsWith("clipped", StringComparison.Ordinal)),
            Flagged = violations.Count(v => v.Action.StartsWith("flagged", StringComparison.Ordinal)),
            ViolationsTotal = violations.Count,
            ViolationsByRule = QualityStats.CountBy(violations, v => v.Rule),
            ViolationsByColumn = QualityStats.CountBy(violations, v => v.Column),
            Columns = QualityStats.Columns(p, table, clean),
            ClassDistribution = table.HasTarget ? QualityStats.Counts(p.Schema.TargetClasses, table, clean, table.Rules.Length - 1)
                : new Dictionary<string, int>(),
            Violations = [.. violations.Take(DataQualityReport.MaxListedViolations)],
        };
    }

    private static void WriteQuarantine(string path, ValidatedTable table)
    {
        string[] header = [.. table.RawHeader, "row", "reason"];
        var width = table.RawHeader.Count;
        CsvWriter.WriteFile(path, header, table.Quarantined.Select(r =>
            (IReadOnlyList<string>)[.. Enumerable.Range(0, width).Select(i => i < r.RawFields.Length ? r.RawFields[i] : ""),
                r.Row.ToString(CultureInfo.InvariantCulture), r.Reason]));
    }

    private static void WriteClean(string path, ValidatedTable table, List<int> rows)
    {
        using var writer = CsvWriter.Open(path, [.. table.Rules.Select(r => r.Name)]);
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            line.Clear();
            table.AppendLine(line, row);
            writer.Write(line);
            writer.Write('\n');
        }
    }
}
