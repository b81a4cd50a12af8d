using System.Buffers;
using Mlops.Serving.Models;

namespace Mlops.Serving.Apis;

/// <summary>
/// Scores validated rows: the saved transform on each row into one feature buffer, then the scorer's parallel batch
/// path; the same steps as <see cref="Inference.Loading.LoadedModel.PredictBatch"/> on already-parsed values.
/// </summary>
internal static class BatchScoring
{
    public static (float[] Probabilities, int[] Predicted) Score(ServedModel m, ReadOnlySpan<double> values, int rows)
    {
        var inputs = m.InputCount;
        var width = m.Transform.FeatureCount;
        var features = ArrayPool<float>.Shared.Rent(Math.Max(1, rows * width));
        try
        {
            for (var r = 0; r < rows; r++)
            {
                m.Transform.Apply(values.Slice(r * inputs, inputs), features.AsSpan(r * width, width));
            }
            var probabilities = new float[rows * m.OutputWidth];
            var predicted = new int[rows];
            // Requests already run in parallel: fanning one out over the pool only added scheduling and spinning.
            m.Model.Scorer.PredictBatchOnThisThread(features, rows, probabilities, predicted);
            Count(m, predicted);
            return (probabilities, predicted);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(features);
        }
    }

    public static void Count(ServedModel m, ReadOnlySpan<int> predicted)
    {
        Span<int> counts = stackalloc int[m.OutputWidth];
        counts.Clear();
        foreach (var p in predicted)
        {
            counts[p]++;
        }
        for (var c = 0; c < counts.Length; c++)
        {
            if (counts[c] > 0 && c < m.PredictionCounters.Length)
            {
                m.PredictionCounters[c].Inc(counts[c]);
            }
        }
    }

    public static Guid[] NewIds(int rows, long unixMilliseconds)
    {
        var ids = new Guid[rows];
        PredictionIds.Fill(ids, unixMilliseconds);
        return ids;
    }
}
