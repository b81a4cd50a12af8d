using Spectre.Console;

namespace Mlops.Cli.Commands.Runs;

/// <summary>
/// The per-slice metrics of a run (<c>slices.NAME.rows|accuracy|macro_f1|leakage_share</c>, as the evaluate stage logs
/// them) as one table, so a headline figure is read beside the slices it averages.
/// </summary>
public static class SliceTable
{
    public const string Prefix = "slices.";

    /// <summary>The table, or null when the metrics hold no slice.</summary>
    public static Table? From(IReadOnlyDictionary<string, double> metrics, string prefix = Prefix)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var slices = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var (key, value) in metrics)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }
            var rest = key[prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || rest.IndexOf('.', dot + 1) >= 0)
            {
                continue; // per-class recall (slices.NAME.recall.CLASS) stays in the metric list
            }
            var name = rest[..dot];
            if (!slices.TryGetValue(name, out var fields))
            {
                slices[name] = fields = new Dictionary<string, double>(StringComparer.Ordinal);
            }
            fields[rest[(dot + 1)..]] = value;
        }
        if (slices.Count == 0)
        {
            return null;
        }
        var table = new Table().AddColumns("slice", "rows", "accuracy", "macro_f1", "near-copy share");
        foreach (var (name, f) in slices)
        {
            var rows = Cell(f, "rows");
            if (!f.ContainsKey("accuracy"))
            {
                var min = f.TryGetValue("min_rows", out var m) ? $" (< {Format.Number(m)})" : "";
                table.AddRow(Markup.Escape(name), rows, $"too small{min}", "", "");
                continue;
            }
            table.AddRow(Markup.Escape(name), rows, Cell(f, "accuracy"), Cell(f, "macro_f1"), Cell(f, "leakage_share"));
        }
        return table;
    }

    private static string Cell(Dictionary<string, double> fields, string key) =>
        fields.TryGetValue(key, out var value) ? Format.Number(value) : "";
}
