using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using nietras.SeparatedValues;

namespace Mlops.Monitoring.Feedback;

/// <summary>
/// Reads labels from CSV with the header <c>prediction_id,label[,observed_at]</c> (any order, other columns ignored). A
/// missing header column fails the file; a bad row fails only itself, reported with its line number.
/// </summary>
public static class FeedbackCsv
{
    private static readonly string[] Required = ["prediction_id", "label"];
    private const string ObservedAt = "observed_at";

    /// <summary>The rows of <paramref name="csv"/>; <see cref="MlopsException"/> (invalid) when its header is not as above.</summary>
    public static IReadOnlyList<FeedbackItem> Parse(TextReader csv, string source = "the CSV") => Read(csv, source).ItemsOrThrow();

    /// <summary>The rows of <paramref name="csv"/>, or the error in its header; <paramref name="source"/> names it in messages.</summary>
    public static FeedbackBody Read(TextReader csv, string source = "the CSV")
    {
        ArgumentNullException.ThrowIfNull(csv);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true, DisableColCountCheck = true }).From(csv);
        var header = reader.Header;
        if (header.IsEmpty)
        {
            return FeedbackBody.Malformed("$", $"{source} is empty; expected the header prediction_id,label[,observed_at]");
        }
        foreach (var name in Required)
        {
            if (!header.ColNames.Contains(name))
            {
                return FeedbackBody.Malformed(name, $"{source}, line 1: the header has no column '{name}'; expected prediction_id,label[,observed_at], " +
                    $"got {string.Join(",", header.ColNames)}");
            }
        }
        var (idCol, labelCol) = (header.IndexOf(Required[0]), header.IndexOf(Required[1]));
        var observedCol = header.ColNames.Contains(ObservedAt) ? header.IndexOf(ObservedAt) : -1;
        var needed = Math.Max(Math.Max(idCol, labelCol), observedCol) + 1;
        var items = new List<FeedbackItem>();
        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount < needed)
            {
                items.Add(new FeedbackItem(items.Count, line, row.ColCount > idCol ? row[idCol].ToString() : "",
                    null, $"{row.ColCount} column(s); the header names {header.ColNames.Count}"));
                continue;
            }
            items.Add(Item(items.Count, line, row[idCol].ToString().Trim(), row[labelCol].ToString().Trim(),
                observedCol < 0 ? "" : row[observedCol].ToString().Trim()));
        }
        return new FeedbackBody(items);
    }

    private static FeedbackItem Item(int index, int line, string id, string label, string observed)
    {
        string? problem = null;
        DateTimeOffset? time = null;
        if (id.Length == 0)
        {
            problem = "prediction_id is empty";
        }
        else if (label.Length == 0)
        {
            problem = "label is empty";
        }
        else if (observed.Length > 0)
        {
            if (FeedbackTimes.TryParse(observed, out var parsed))
            {
                time = parsed;
            }
            else
            {
                problem = $"observed_at {ErrorText.Quote(observed)} is not an ISO 8601 time such as 2026-03-01T12:00:00Z";
            }
        }
        return new FeedbackItem(index, line, id, problem is null ? new PredictionLabel(id, label, time) : null, problem);
    }
}
