using System.Globalization;
using System.Text;
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
        var clean = ParsedCleanRows.Read(p, cleanCsv, FeatureTransformFitter.Parser(p));
        var split = DatasetSplitter.Split(clean.Labels, p.Split);
        var transform = FeatureTransformFitter.Fit(p, clean.Values, split.Train);

        transform.Save(transformJsonOut);
        var statistics = new FeatureStatistics(transform.FeatureNames, [.. transform.Document.Features.Select(f => f.Kind)],
            split.Train.Length + split.Test.Length);
        Write(trainCsvOut, transform, clean, split.Train, statistics);
        Write(testCsvOut, transform, clean, split.Test, statistics);
        return new FeatureStageResult(split.Train.Length, split.Test.Length, transform.FeatureCount, transform.Hash, statistics);
    }

    /// <summary>Streams the featurized rows to a feature table (as <see cref="FeatureTable.Save"/> writes one), a row at a time,
    /// adding each to the statistics of the feature set version.</summary>
    private static void Write(string path, FeatureTransform transform, ParsedCleanRows clean, int[] rows, FeatureStatistics statistics)
    {
        using var writer = CsvWriter.Open(path, [.. transform.FeatureNames, FeatureTable.LabelColumn]);
        var features = new float[transform.FeatureCount];
        var line = new StringBuilder();
        foreach (var row in rows)
        {
            transform.Apply(clean.Row(row), features);
            statistics.Add(features);
            line.Clear();
            foreach (var value in features)
            {
                line.Append(CultureInfo.InvariantCulture, $"{value:R}").Append(',');
            }
            CsvWriter.AppendField(line, clean.Labels[row]);
            writer.Write(line);
            writer.Write('\n');
        }
    }
}
