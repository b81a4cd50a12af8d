using Mlops.Core.Errors;
using Mlops.Inference.Features;
using Mlops.Training.Configuration;

namespace Mlops.Training.Features;

/// <summary>Fits a <see cref="FeatureTransform"/> on the training split; serving only applies what this fitted.</summary>
public static class FeatureTransformFitter
{
    /// <summary>
    /// Fits the transform on training rows only. Each row holds the raw values of the schema columns in schema order
    /// (= <see cref="FeatureTransform.InputColumns"/>); scaling statistics come from these rows, categories and ranges from the schema.
    /// Params are expected to be valid already (<see cref="ParamsLoader"/> checks them).
    /// </summary>
    public static FeatureTransform Fit(PipelineParams p, IReadOnlyList<string[]> trainRows)
    {
        if (trainRows.Count == 0)
        {
            throw MlopsException.Invalid("feature transform: cannot fit on zero training rows");
        }
        var parser = Parser(p);
        var width = parser.InputColumns.Count;
        var parsed = new double[trainRows.Count * width];
        for (var r = 0; r < trainRows.Count; r++)
        {
            if (trainRows[r].Length != width)
            {
                throw MlopsException.Invalid($"feature transform: training row {r + 1} has {trainRows[r].Length} values, expected {width}");
            }
            for (var i = 0; i < width; i++)
            {
                parsed[r * width + i] = parser.TryParseInput(i, trainRows[r][i], out var value) ? value
                    : throw MlopsException.Invalid(
                        $"feature transform: training row {r + 1}, input '{parser.InputColumns[i]}': '{trainRows[r][i]}' is not valid for its schema");
            }
        }
        return Fit(p, parsed, [.. Enumerable.Range(0, trainRows.Count)]);
    }

    /// <summary>
    /// Fits the transform on the rows at <paramref name="trainRows"/> of <paramref name="parsedInputs"/>: row-major inputs
    /// as <see cref="Parser"/> parses them (<see cref="FeatureTransform.ParseInput"/>), one row per input-column count.
    /// </summary>
    public static FeatureTransform Fit(PipelineParams p, ReadOnlySpan<double> parsedInputs, IReadOnlyList<int> trainRows)
    {
        if (trainRows.Count == 0)
        {
            throw MlopsException.Invalid("feature transform: cannot fit on zero training rows");
        }
        var ratios = KeptRatios(p.Features);
        var unscaled = FeatureTransform.FromDocument(Describe(p, trainRows.Count, DefineFeatures(p, ratios), ratios));
        var width = unscaled.InputColumns.Count;
        // Statistics are taken in double precision before the float conversion Apply does, one feature at a time.
        var features = new List<FeatureDefinition>(unscaled.FeatureCount);
        var present = new List<double>(trainRows.Count);
        for (var f = 0; f < unscaled.FeatureCount; f++)
        {
            var feature = unscaled.Document.Features[f];
            if (feature.Kind is not (FeatureDefinition.Numeric or FeatureDefinition.Ratio))
            {
                features.Add(feature);
                continue;
            }
            present.Clear();
            foreach (var row in trainRows)
            {
                var value = unscaled.RawFeature(f, parsedInputs.Slice(row * width, width));
                if (double.IsFinite(value))
                {
                    present.Add(value);
                }
            }
            features.Add(Scale(feature, p.Features.Scaling, present));
        }
        return FeatureTransform.FromDocument(Describe(p, trainRows.Count, features, ratios));
    }

    /// <summary>A transform that parses raw inputs as every transform fitted on <paramref name="p"/> does (its scaling is not fitted).</summary>
    public static FeatureTransform Parser(PipelineParams p)
    {
        var ratios = KeptRatios(p.Features);
        return FeatureTransform.FromDocument(Describe(p, 0, DefineFeatures(p, ratios), ratios));
    }

    /// <summary>The declared ratios whose columns the chosen feature set keeps.</summary>
    private static List<RatioDefinition> KeptRatios(FeatureParams f) =>
    [
        .. f.Derived
            .Select(d => new RatioDefinition(d.Name, d.Ratio!.Numerator, d.Ratio.Denominator, d.Ratio.DenominatorPower))
            .Where(r => !f.DroppedColumns.Contains(r.Numerator) && !f.DroppedColumns.Contains(r.Denominator)),
    ];

    private static List<FeatureDefinition> DefineFeatures(PipelineParams p, IReadOnlyList<RatioDefinition> ratios)
    {
        var features = new List<FeatureDefinition>();
        foreach (var (name, column) in p.Schema.Columns)
        {
            if (p.Features.DroppedColumns.Contains(name))
            {
                continue;
            }
            if (column.Type == "numeric")
            {
                features.Add(new FeatureDefinition(name, name, FeatureDefinition.Numeric));
            }
            else if (p.Features.CategoricalEncoding == "ordinal")
            {
                features.Add(new FeatureDefinition(name, name, FeatureDefinition.Ordinal));
            }
            else
            {
                // Columns come from the schema, not from the data, so a category absent from train still has one.
                features.AddRange(column.Categories!.Select(c => new FeatureDefinition($"{name}={c}", name, FeatureDefinition.OneHot, c)));
            }
        }
        features.AddRange(ratios.Select(r => new FeatureDefinition(r.Name, r.Name, FeatureDefinition.Ratio)));
        return features;
    }

    private static FeatureDefinition Scale(FeatureDefinition feature, string scaling, List<double> present)
    {
        if (scaling == "none" || present.Count == 0)
        {
            return feature;
        }
        if (scaling == "minmax")
        {
            var (min, max) = (present.Min(), present.Max());
            return feature with { Shift = min, Scale = max > min ? max - min : 1 };
        }
        var mean = present.Average();
        var std = Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / present.Count);
        return feature with { Shift = mean, Scale = std > 0 ? std : 1 };
    }

    private static FeatureTransformDocument Describe(
        PipelineParams p, int trainRows, IReadOnlyList<FeatureDefinition> features, IReadOnlyList<RatioDefinition> ratios) => new()
    {
        FeaturesVersion = p.Features.Version,
        FeatureSet = p.Features.Set,
        CategoricalEncoding = p.Features.CategoricalEncoding,
        Scaling = p.Features.Scaling,
        Target = p.Data.Target,
        Classes = [.. p.Schema.TargetClasses],
        TrainRows = trainRows,
        InputColumns = [.. p.Schema.Columns.Select(c =>
            new InputColumnDefinition(c.Key, c.Value.Type, c.Value.Categories?.ToArray(), c.Value.Min, c.Value.Max, c.Value.Required))],
        Features = features,
        Ratios = ratios,
    };
}
