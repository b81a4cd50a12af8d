using Mlops.Core.Errors;
using Mlops.Inference.Csv;

namespace Mlops.Inference.Signatures;

public sealed partial class InputSignature
{
    /// <summary>
    /// Binds a CSV table's header to the inputs by name and checks every cell with <see cref="CheckText"/>. Returns the
    /// parsed rows (row-major, <see cref="Count"/> wide) and reports each broken rule as (field, message): the field is
    /// the input's name for a header problem and "row N.Name" for a cell. Columns the model does not take (a target
    /// column, say) are ignored, as are fields beyond the header.
    /// </summary>
    public double[] CheckTable(CsvTable table, Action<string, string> report)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(report);
        var repeated = table.Header.GroupBy(h => h, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            report("$", $"the header names column {ErrorText.Quote(repeated.Key)} {repeated.Count()} times");
            return [];
        }
        var positions = new int[Count];
        for (var c = 0; c < Count; c++)
        {
            positions[c] = table.IndexOf(Columns[c]);
            if (positions[c] < 0 && Required[c])
            {
                report(Columns[c], MissingMessage);
            }
        }
        var values = new double[table.Rows.Count * Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < Count; c++)
            {
                var at = positions[c];
                var text = at >= 0 && at < row.Fields.Length ? row.Fields[at] : "";
                var error = CheckText(c, text, out values[(r * Count) + c]);
                if (error is null && at >= 0 && Required[c] && double.IsNaN(values[(r * Count) + c]))
                {
                    error = MissingMessage;
                }
                if (error is not null)
                {
                    report($"row {row.Row}.{Columns[c]}", error);
                }
            }
        }
        return values;
    }
}
