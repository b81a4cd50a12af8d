using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Hashing;
using Mlops.Inference.Csv;
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
        var table = CsvReader.ReadFile(rawCsvPath);
        var result = SchemaValidator.Validate(p, table, requireTarget: true);
        var quarantined = result.Rows.Where(r => r.Quarantined).ToList();
        var (clean, duplicates) = Deduplicate(result.Rows.Where(r => !r.Quarantined), p.Validation.DropDuplicates);

        var failure = FailureMessage(p, result, quarantined.Count, quarantineCsvOut);
        var report = BuildReport(p, result, rawCsvPath, clean, duplicates, quarantined.Count, failure);

        WriteQuarantine(quarantineCsvOut, result, quarantined);
        report.Save(qualityReportJsonOut);
        if (failure is not null)
        {
            throw MlopsException.Invalid(failure);
        }
        CsvWriter.WriteFile(cleanCsvOut, result.Columns, clean);
        return report;
    }

    private static (List<string[]> Rows, int Duplicates) Deduplicate(IEnumerable<ValidatedRow> rows, bool drop)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<string[]>();
        var duplicates = 0;
        foreach (var row in rows)
        {
            if (!drop || seen.Add(CsvWriter.FormatLine(row.Values)))
            {
                kept.Add(row.Values);
            }
            else
            {
                duplicates++;
            }
        }
        return (kept, duplicates);
    }

    private static string? FailureMessage(PipelineParams p, ValidationResult result, int quarantined, string quarantinePath)
    {
        var failures = result.Failures.ToList();
        if (failures.Count > 0)
        {
            var lines = failures.Take(MaxListedFailures).Select(f => $"  {f}");
            var more = failures.Count > MaxListedFailures ? $"\n  ... and {failures.Count - MaxListedFailures} more" : "";
            return $"{result.Source}: validation failed, {failures.Count} violation(s) under policy 'fail':\n"
                + string.Join('\n', lines) + more;
        }
        var fraction = (double)quarantined / result.Rows.Count;
        if (fraction > p.Validation.MaxQuarantineFraction)
        {
            return $"{result.Source}: {quarantined} of {result.Rows.Count} rows quarantined ({(fraction * 100).ToString("0.0", CultureInfo.InvariantCulture)}%), more than "
                + $"validation.max_quarantine_fraction = {ParamsValidator.Fmt(p.Validation.MaxQuarantineFraction)}; see {quarantinePath}";
        }
        return null;
    }

    private static DataQualityReport BuildReport(PipelineParams p, ValidationResult result, string rawPath,
        List<string[]> clean, int duplicates, int quarantined, string? failure)
    {
        var targetIndex = result.HasTarget ? result.Columns.Count - 1 : -1;
        var violations = result.Violations;
        return new DataQualityReport
        {
            Source = Path.GetFileName(rawPath),
            DataSha256 = ContentHash.OfFile(rawPath),
            Status = failure is not null ? DataQualityReport.Failed
                : violations.Count > 0 ? DataQualityReport.PassedWithWarnings : DataQualityReport.Passed,
            Failure = failure,
            NRowsIn = result.Rows.Count,
            NRowsOut = failure is null ? clean.Count : 0,
            DuplicatesRemoved = duplicates,
            Quarantined = quarantined,
            Clipped = violations.Count(v => v.Action.StartsWith("clipped", StringComparison.Ordinal)),
            Flagged = violations.Count(v => v.Action.StartsWith("flagged", StringComparison.Ordinal)),
            ViolationsTotal = violations.Count,
            ViolationsByRule = QualityStats.CountBy(violations, v => v.Rule),
            ViolationsByColumn = QualityStats.CountBy(violations, v => v.Column),
            Columns = QualityStats.Columns(p, result.Columns, clean),
            ClassDistribution = targetIndex < 0 ? new Dictionary<string, int>()
                : QualityStats.Counts(p.Schema.TargetClasses, clean, targetIndex),
            Violations = [.. violations.Take(DataQualityReport.MaxListedViolations)],
        };
    }

    private static void WriteQuarantine(string path, ValidationResult result, List<ValidatedRow> quarantined)
    {
        string[] header = [.. result.RawHeader, "row", "reason"];
        var width = result.RawHeader.Count;
        CsvWriter.WriteFile(path, header, quarantined.Select(r =>
            (IReadOnlyList<string>)[.. Enumerable.Range(0, width).Select(i => i < r.RawFields.Length ? r.RawFields[i] : ""),
                r.Row.ToString(CultureInfo.InvariantCulture), r.QuarantineReason!]));
    }
}
