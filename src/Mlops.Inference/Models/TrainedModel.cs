using Microsoft.ML;
using Microsoft.ML.Data;
using Mlops.Core.Errors;

namespace Mlops.Inference.Models;

/// <summary>A fitted scoring chain (features → class scores) plus the class list that gives score i its name.</summary>
public sealed class TrainedModel
{
    public TrainedModel(MLContext context, ITransformer transformer, IReadOnlyList<string> classes, int featureCount)
    {
        Context = context;
        Transformer = transformer;
        Classes = classes;
        FeatureCount = featureCount;
    }

    public MLContext Context { get; }

    /// <summary>Reads a "Features" vector and writes "Score" (one value per class, in <see cref="Classes"/> order).</summary>
    public ITransformer Transformer { get; }

    /// <summary>The class names of a classifier; empty for a regression model, whose "Score" is one number.</summary>
    public IReadOnlyList<string> Classes { get; }

    public bool IsRegression => Classes.Count == 0;

    public int FeatureCount { get; }

    public void Save(string zipPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(zipPath));
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        Context.Model.Save(Transformer, Context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), FeatureRow.SchemaFor(FeatureCount)).Schema, zipPath);
    }

    /// <summary>Loads a model saved by <see cref="Save"/>; <paramref name="classes"/> must be schema.target_classes (empty for regression).</summary>
    public static TrainedModel Load(string zipPath, IReadOnlyList<string> classes)
    {
        if (!File.Exists(zipPath))
        {
            throw MlopsException.NotFound($"Model file '{zipPath}' does not exist.");
        }

        var ml = new MLContext(seed: 0);
        var transformer = ml.Model.Load(zipPath, out var schema);
        var column = schema.GetColumnOrNull(FeatureRow.Column);
        if (column is not { Type: VectorDataViewType { Size: > 0 } vector })
        {
            throw MlopsException.Invalid(
                $"Model '{zipPath}' does not take a fixed-size float vector column '{FeatureRow.Column}' as input.");
        }

        var scores = transformer.GetOutputSchema(schema).GetColumnOrNull("Score");
        if (classes.Count == 0)
        {
            return scores?.Type == NumberDataViewType.Single
                ? new TrainedModel(ml, transformer, classes, vector.Size)
                : throw MlopsException.Invalid($"Model '{zipPath}' is not a regression model: its Score is not one number.");
        }

        var scoreCount = (scores?.Type as VectorDataViewType)?.Size ?? 0;
        if (scoreCount != classes.Count)
        {
            throw MlopsException.Invalid(
                $"Model '{zipPath}' scores {scoreCount} classes but schema.target_classes lists {classes.Count}.");
        }

        return new TrainedModel(ml, transformer, classes, vector.Size);
    }
}
