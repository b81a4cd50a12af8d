using Mlops.Core.Errors;
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
        if (table.Header.Count == 0 || table.Rows.Count == 0)
        {
            throw MlopsException.Invalid($"{table.Source} is empty: run the preprocess stage first");
        }
        var columns = p.Schema.Columns.Keys.Select(c => (Name: c, Index: table.IndexOf(c))).ToList();
        var targetIndex = table.IndexOf(p.Data.Target);
        var missing = columns.Where(c => c.Index < 0).Select(c => c.Name).Concat(targetIndex < 0 ? [p.Data.Target] : []).ToList();
        if (missing.Count > 0)
        {
            throw MlopsException.Invalid($"{table.Source}: missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        }
        var classes = p.Schema.TargetClasses.ToHashSet(StringComparer.Ordinal);
        var inputs = new List<string[]>(table.Rows.Count);
        var labels = new List<string>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            string Field(int i) => i < row.Fields.Length ? row.Fields[i] : "";
            var label = Field(targetIndex);
            // A regression target was checked as a number by the preprocess stage.
            if (!p.Schema.IsRegression && !classes.Contains(label))
            {
                throw MlopsException.Invalid(
                    $"{table.Source}: row {row.Row} (file line {row.Line}), column '{p.Data.Target}': '{label}' is not one of schema.target_classes");
            }
            inputs.Add([.. columns.Select(c => Field(c.Index))]);
            labels.Add(label);
        }
        return new CleanRows([.. columns.Select(c => c.Name)], inputs, labels);
    }

    /// <summary>The rows at <paramref name="indices"/>, in that order.</summary>
    public CleanRows Take(IEnumerable<int> indices)
    {
        var at = indices.ToArray();
        return new CleanRows(Columns, [.. at.Select(i => Inputs[i])], [.. at.Select(i => Labels[i])]);
    }
}
