using System.Globalization;

namespace Mlops.Lifecycle.Sweeps;

/// <summary>
/// The results table of a sweep as text cells, best first: what the CLI prints and the parent run's sweep_results.csv
/// holds. It carries no run ids or times, so two sweeps with the same params and seed give the same table.
/// </summary>
public sealed record SweepTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public static SweepTable Of(SweepOutcome outcome)
    {
        var other = outcome.Metric == "accuracy" ? "macro_f1" : "accuracy";
        var header = new List<string> { "rank", "trial" };
        header.AddRange(outcome.SweptKeys);
        header.AddRange([$"{outcome.Metric} (cv mean ± std)", other, "status"]);
        var rows = new List<IReadOnlyList<string>>();
        var count = outcome.Ranked.Count;
        for (var i = 0; i < count; i++)
        {
            var r = outcome.Ranked[i];
            var row = new List<string> { r.Failed ? "-" : (i + 1).ToString(CultureInfo.InvariantCulture), r.Trial.RunName(count) };
            row.AddRange(r.Trial.Assignments.Select(a => a.Value));
            if (r.Failed)
            {
                row.AddRange(["-", "-", $"FAILED: {r.Error}"]);
            }
            else
            {
                var (mean, std) = r.Score(outcome.Metric);
                row.AddRange([$"{Fixed(mean)} ± {Fixed(std)}", Fixed(r.Score(other).Mean), "FINISHED"]);
            }
            rows.Add(row);
        }
        return new SweepTable(header, rows);
    }

    private static string Fixed(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
