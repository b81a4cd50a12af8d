using Mlops.Core.Errors;
using Mlops.Inference.Models;

namespace Mlops.Inference.Scoring;

/// <summary>
/// Thread-safe scoring of feature rows: a compiled tree ensemble when the model allows it, pooled ML.NET
/// prediction engines otherwise. Probabilities are in <see cref="Classes"/> (schema.target_classes) order; a regression
/// model (no classes) writes its one predicted value where the probabilities go, and every row's "class" is 0.
/// </summary>
public sealed class ModelScorer : IDisposable
{
    private readonly IRowScorer _scorer;

    private ModelScorer(IRowScorer scorer, IReadOnlyList<string> classes, int featureCount)
    {
        _scorer = scorer;
        Classes = classes;
        FeatureCount = featureCount;
    }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>True for a regression model: no classes, one value per row.</summary>
    public bool IsRegression => Classes.Count == 0;

    /// <summary>The values written per row: one per class, or the one predicted value of a regression model.</summary>
    public int OutputWidth => IsRegression ? 1 : Classes.Count;

    public int FeatureCount { get; }

    /// <summary>True when rows are scored by the compiled tree ensemble rather than ML.NET engines.</summary>
    public bool IsCompiled => _scorer is CompiledTreeScorer;

    /// <summary>Loads a model zip through ML.NET, then compiles its trees when it is a tree ensemble.</summary>
    public static ModelScorer Load(string zipPath, IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        return FromModel(TrainedModel.Load(zipPath, classes));
    }

    /// <summary>The compiled-ensemble scorer of <paramref name="model"/>, or null when it is not a tree ensemble this can compile.</summary>
    public static ModelScorer? TryCompile(TrainedModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return TreeModelCompiler.TryCompile(model.Transformer, model.FeatureCount) is { } compiled
            ? new ModelScorer(compiled, model.Classes, model.FeatureCount)
            : null;
    }

    /// <summary>
    /// Writes the compiled ensemble to <paramref name="path"/>, tagged with <paramref name="source"/> (e.g. the model
    /// zip's hash); returns false, writing nothing, when this model is scored by ML.NET engines.
    /// </summary>
    public bool TrySaveCompiled(string path, string source)
    {
        if (_scorer is not CompiledTreeScorer compiled)
        {
            return false;
        }
        using var file = File.Create(path);
        compiled.Save(file, source, FeatureCount);
        return true;
    }

    /// <summary>
    /// Loads an ensemble written by <see cref="TrySaveCompiled"/> without ML.NET; null when the file is damaged, of
    /// another format, or was compiled from another <paramref name="source"/> or shape (the caller then loads the zip).
    /// </summary>
    public static ModelScorer? TryLoadCompiled(string path, string source, IReadOnlyList<string> classes, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(classes);
        using var file = File.OpenRead(path);
        using var buffered = new BufferedStream(file, 1 << 16);
        return CompiledTreeScorer.TryLoad(buffered, source, featureCount, classes.Count) is { } scorer
            ? new ModelScorer(scorer, classes, featureCount)
            : null;
    }

    /// <param name="allowCompiled">False forces the prediction-engine path (used to cross-check the compiled one).</param>
    public static ModelScorer FromModel(TrainedModel model, bool allowCompiled = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        IRowScorer? scorer = allowCompiled ? TreeModelCompiler.TryCompile(model.Transformer, model.FeatureCount) : null;
        scorer ??= model.IsRegression
            ? new PooledEngineScorer<ValueRow>(model.Context, model.Transformer, model.FeatureCount, (o, d) => d[0] = o.Score)
            : new PooledEngineScorer<ScoreRow>(model.Context, model.Transformer, model.FeatureCount,
                (o, d) => o.Score.AsSpan(0, d.Length).CopyTo(d));
        return new ModelScorer(scorer, model.Classes, model.FeatureCount);
    }

    /// <summary>Scores one row; returns the index of the most probable class (first on ties).</summary>
    public int Predict(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        if (features.Length != FeatureCount)
        {
            throw MlopsException.Invalid($"Expected {FeatureCount} feature values, got {features.Length}.");
        }

        if (probabilities.Length < OutputWidth)
        {
            throw MlopsException.Invalid($"The probability buffer holds {probabilities.Length} values; {OutputWidth} are needed.");
        }

        _scorer.Score(features, probabilities[..OutputWidth]);
        return ArgMax(probabilities[..OutputWidth]);
    }

    /// <summary>Scores <paramref name="rows"/> row-major rows in parallel.</summary>
    /// <param name="probabilities">Receives rows × classes values, row-major.</param>
    /// <param name="predicted">Receives the predicted class index of each row.</param>
    public void PredictBatch(float[] features, int rows, float[] probabilities, int[] predicted)
    {
        CheckBatch(features, rows, probabilities, predicted);
        // Chunks amortise the scheduling cost; each chunk writes only its own slice, so the result is deterministic.
        Parallel.For(0, (rows + BatchChunk - 1) / BatchChunk, block => ScoreChunk(features, rows, probabilities, predicted, block));
    }

    /// <summary>
    /// Scores like <see cref="PredictBatch(float[], int, float[], int[])"/> but on the calling thread only, for callers
    /// that are parallel already (a server's concurrent requests): the same results without the cost of fanning out.
    /// </summary>
    public void PredictBatchOnThisThread(float[] features, int rows, float[] probabilities, int[] predicted)
    {
        CheckBatch(features, rows, probabilities, predicted);
        for (var block = 0; block < (rows + BatchChunk - 1) / BatchChunk; block++)
        {
            ScoreChunk(features, rows, probabilities, predicted, block);
        }
    }

    private const int BatchChunk = 128;

    private void CheckBatch(float[] features, int rows, float[] probabilities, int[] predicted)
    {
        var width = FeatureCount;
        var k = OutputWidth;
        if (features.Length < rows * width || probabilities.Length < rows * k || predicted.Length < rows)
        {
            throw MlopsException.Invalid(
                $"Batch of {rows} rows needs {rows * width} features, {rows * k} probabilities and {rows} predictions; " +
                $"buffers hold {features.Length}, {probabilities.Length} and {predicted.Length}.");
        }
    }

    private void ScoreChunk(float[] features, int rows, float[] probabilities, int[] predicted, int block)
    {
        const int chunk = BatchChunk;
        var width = FeatureCount;
        var k = OutputWidth;
        var start = block * chunk;
        var count = Math.Min(rows, start + chunk) - start;
        var features2 = features.AsSpan(start * width, count * width);
        var probs = probabilities.AsSpan(start * k, count * k);
        if (_scorer is CompiledTreeScorer compiled)
        {
            Span<double> sums = stackalloc double[chunk * k <= 4096 ? chunk * k : 0];
            if (sums.Length == 0)
            {
                sums = new double[chunk * k];
            }

            compiled.ScoreBlock(features2, count, width, sums, probs);
        }
        else
        {
            for (var r = 0; r < count; r++)
            {
                _scorer.Score(features2.Slice(r * width, width), probs.Slice(r * k, k));
            }
        }

        for (var r = 0; r < count; r++)
        {
            predicted[start + r] = ArgMax(probs.Slice(r * k, k));
        }
    }

    /// <summary>Scores jagged rows in parallel; see <see cref="PredictBatch(float[], int, float[], int[])"/>.</summary>
    public void PredictBatch(float[][] rows, float[] probabilities, int[] predicted)
    {
        var flat = new float[rows.Length * FeatureCount];
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length != FeatureCount)
            {
                throw MlopsException.Invalid($"Row {r}: expected {FeatureCount} feature values, got {rows[r].Length}.");
            }

            rows[r].CopyTo(flat, r * FeatureCount);
        }

        PredictBatch(flat, rows.Length, probabilities, predicted);
    }

    public void Dispose() => _scorer.Dispose();

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }
}
