using Mlops.Inference.Csv;
using Mlops.Training.Configuration;

namespace Mlops.Training.Features;

/// <summary>
/// The preprocess stage's clean.csv as raw input cells (in schema column order) and labels: what the features stage
/// splits, and what a simulation or a reference profile reads to see the same rows the model was trained and tested on.
/// </summary>
public sealed record CleanRows(IReadOnlyList<string> Columns, IReadOnlyList<string[]> Inputs, IReadOnlyList<string> Labels)
{
    public static CleanRows Read(PipelineParams p, string cleanCsv) => Read(p, CsvReader.ReadFile(cleanCsv));

    public static CleanRows Read(PipelineParams p, CsvTable table)
    {
        var columns = CleanColumns.Bind(p, table.Source, table.Header, table.Rows.Count);
        var inputs = new List<string[]>(table.Rows.Count);
        var labels = new List<string>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            string Field(int i) => i < row.Fields.Length ? row.Fields[i] : "";
            labels.Add(columns.Label(p, table.Source, row.Row, row.Line, Field(columns.TargetIndex)));
            inputs.Add([.. columns.Indices.Select(Field)]);
        }
        return new CleanRows(columns.Names, inputs, labels);
    }

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public CleanRows Take(IEnumerable<int> indices)
    {
        var at = indices.ToArray();
        return new CleanRows(Columns, [.. at.Select(i => Inputs[i])], [.. at.Select(i => Labels[i])]);
    }
}
