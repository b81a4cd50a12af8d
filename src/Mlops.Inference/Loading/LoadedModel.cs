using Mlops.Inference.Features;
using Mlops.Inference.Packaging;
using Mlops.Inference.Scoring;

namespace Mlops.Inference.Loading;

/// <summary>
/// A model ready to score raw input rows: the saved feature transform applied unchanged, then the trained model.
/// The one scoring path shared by `mlops predict`, the prediction server and its batch endpoint. Thread-safe.
/// </summary>
public sealed class LoadedModel(ResolvedModel identity, FeatureTransform transform, ModelScorer scorer, DateTimeOffset loadedAt,
    ModelMetadata? metadata = null) : IDisposable
{
    public ResolvedModel Identity { get; } = identity;
    public FeatureTransform Transform { get; } = transform;
    public ModelScorer Scorer { get; } = scorer;
    public DateTimeOffset LoadedAt { get; } = loadedAt;
    /// <summary>Description and class → risk level from the package; empty for a package without them.</summary>
    public ModelMetadata Metadata { get; } = metadata ?? ModelMetadata.None;
    public IReadOnlyList<string> Classes => Transform.Classes;
    /// <summary>True when the model predicts a number: the "probabilities" buffers then hold one predicted value per row.</summary>
    public bool IsRegression => Transform.IsRegression;
    /// <summary>Values per row in the probabilities buffers: one per class, or 1 for a regression model.</summary>
    public int OutputWidth => Scorer.OutputWidth;
    public IReadOnlyList<string> InputColumns => Transform.InputColumns;

    /// <summary>Scores one row of raw values in <see cref="InputColumns"/> order; returns the predicted class index.</summary>
    public int Predict(ReadOnlySpan<string> inputs, Span<float> probabilities)
    {
        Span<float> features = stackalloc float[Transform.FeatureCount];
        Transform.Apply(inputs, features);
        return Scorer.Predict(features, probabilities);
    }

    /// <summary>Scores one row of already-parsed values (categories as their index in the schema's list).</summary>
    public int Predict(ReadOnlySpan<double> parsedInputs, Span<float> probabilities)
    {
        Span<float> features = stackalloc float[Transform.FeatureCount];
        Transform.Apply(parsedInputs, features);
        return Scorer.Predict(features, probabilities);
    }

    /// <summary>Scores many rows: transforms in parallel into one buffer, then the scorer's batch path.</summary>
    public void PredictBatch(IReadOnlyList<string[]> rows, float[] probabilities, int[] predicted)
    {
        var width = Transform.FeatureCount;
        var features = new float[rows.Count * width];
        Parallel.For(0, rows.Count, i => Transform.Apply(rows[i], features.AsSpan(i * width, width)));
        Scorer.PredictBatch(features, rows.Count, probabilities, predicted);
    }

    /// <summary>Scores many already-parsed rows (row-major, <see cref="InputColumns"/> wide), as <see cref="Signatures.InputSignature"/> returns them.</summary>
    public void PredictBatch(double[] parsedRows, int rows, float[] probabilities, int[] predicted)
    {
        var inputs = Transform.InputColumns.Count;
        var width = Transform.FeatureCount;
        var features = new float[rows * width];
        Parallel.For(0, rows, i => Transform.Apply(parsedRows.AsSpan(i * inputs, inputs), features.AsSpan(i * width, width)));
        Scorer.PredictBatch(features, rows, probabilities, predicted);
    }

    public void Dispose() => Scorer.Dispose();
}
