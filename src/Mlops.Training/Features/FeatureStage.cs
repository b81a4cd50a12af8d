using Mlops.Core.Errors;
using Mlops.Inference.Csv;
using Mlops.Inference.Features;
using Mlops.Training.Configuration;
using Mlops.Training.Data;

namespace Mlops.Training.Features;

/// <summary>The features stage: split clean.csv, fit the transform on train, write train/test feature tables and the transform.</summary>
public static class FeatureStage
{
    public static FeatureStageResult Run(
        PipelineParams p, string cleanCsv, string trainCsvOut, string testCsvOut, string transformJsonOut)
    {
        ParamsValidator.EnsureValid(p);
        var (inputs, labels) = ReadClean(p, CsvReader.ReadFile(cleanCsv));
        var split = DatasetSplitter.Split(labels, p.Split);
        var transform = FeatureTransformFitter.Fit(p, [.. split.Train.Select(i => inputs[i])]);

        transform.Save(transformJsonOut);
        Materialize(transform, inputs, labels, split.Train).Save(trainCsvOut);
        Materialize(transform, inputs, labels, split.Test).Save(testCsvOut);
        return new FeatureStageResult(split.Train.Length, split.Test.Length, transform.FeatureCount, transform.Hash);
    }

    /// <summary>Applies a fitted transform to rows given in its input-column order.</summary>
    public static FeatureTable Materialize(FeatureTransform transform, IReadOnlyList<string[]> inputs, IReadOnlyList<string> labels, IEnumerable<int> rows)
    {
        var indices = rows.ToArray();
        var features = new float[indices.Length][];
        for (var r = 0; r < indices.Length; r++)
        {
            features[r] = new float[transform.FeatureCount];
            transform.Apply(inputs[indices[r]], features[r]);
        }
        return new FeatureTable(transform.FeatureNames, features, [.. indices.Select(i => labels[i])]);
    }

    private static (List<string[]> Inputs, List<string> Labels) ReadClean(PipelineParams p, CsvTable table)
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
            if (!classes.Contains(label))
            {
                throw MlopsException.Invalid(
                    $"{table.Source}: row {row.Row} (file line {row.Line}), column '{p.Data.Target}': '{label}' is not one of schema.target_classes");
            }
            inputs.Add([.. columns.Select(c => Field(c.Index))]);
            labels.Add(label);
        }
        return (inputs, labels);
    }
}
