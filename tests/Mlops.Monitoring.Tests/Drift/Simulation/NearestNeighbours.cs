using Mlops.Monitoring.Drift;

namespace Mlops.Monitoring.Tests.Drift.Simulation;

/// <summary>
/// A small k-nearest-neighbours classifier over standardised numerics, one-hot categoricals and a heavily weighted
/// BMI (the pipeline's derived feature), enough to give class probabilities (vote shares, ≈ 0.95 accuracy) for the
/// CBPE tests without training an ML.NET model here.
/// </summary>
public sealed class NearestNeighbours
{
    private readonly ObesityData data;
    private readonly int[] trainRows;
    private readonly int k;
    private readonly float[][] trainVectors;
    private readonly Dictionary<string, (double Mean, double Std)> scale = [];
    private readonly Dictionary<string, string[]> categories = [];
    private readonly (double Mean, double Std) bmiScale;
    private const double BmiWeight = 6;

    public NearestNeighbours(ObesityData data, int[] trainRows, int k)
    {
        this.data = data;
        this.trainRows = trainRows;
        this.k = k;
        Classes = [.. trainRows.Select(data.Label).Distinct().Order(StringComparer.Ordinal)];
        foreach (var feature in data.Features)
        {
            if (data.Kinds[feature] == ColumnKind.Numeric)
            {
                var values = trainRows.Select(r => data.Number(r, feature)).ToArray();
                double mean = values.Average();
                scale[feature] = (mean, Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / values.Length));
            }
            else
            {
                categories[feature] = [.. trainRows.Select(r => data.Cell(r, feature)).Distinct().Order(StringComparer.Ordinal)];
            }
        }
        var bmi = trainRows.Select(Bmi).ToArray();
        double bmiMean = bmi.Average();
        bmiScale = (bmiMean, Math.Sqrt(bmi.Sum(v => (v - bmiMean) * (v - bmiMean)) / bmi.Length));
        trainVectors = [.. trainRows.Select(Vector)];
    }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>
    /// The top class and its vote share among the k nearest training rows (ties go to the ordinal-first class); a training
    /// row is never its own neighbour, so predictions on training rows are leave-one-out.
    /// </summary>
    public (string Predicted, double Confidence) Predict(int row)
    {
        var query = Vector(row);
        var distances = new double[trainVectors.Length];
        for (int t = 0; t < trainVectors.Length; t++)
        {
            if (trainRows[t] == row) { distances[t] = double.PositiveInfinity; continue; }
            double sum = 0;
            for (int d = 0; d < query.Length; d++) sum += (query[d] - trainVectors[t][d]) * (query[d] - trainVectors[t][d]);
            distances[t] = sum;
        }
        var order = Enumerable.Range(0, distances.Length).ToArray();
        Array.Sort(distances, order);
        var votes = order.Take(k).GroupBy(t => data.Label(trainRows[t])).Select(g => (Label: g.Key, Count: g.Count()))
            .OrderByDescending(v => v.Count).ThenBy(v => v.Label, StringComparer.Ordinal).First();
        return (votes.Label, (double)votes.Count / k);
    }

    private float[] Vector(int row)
    {
        var vector = new List<float>();
        foreach (var feature in data.Features)
        {
            if (scale.TryGetValue(feature, out var s))
                vector.Add((float)((data.Number(row, feature) - s.Mean) / s.Std));
            else
                vector.AddRange(categories[feature].Select(c => data.Cell(row, feature) == c ? 1f : 0f));
        }
        vector.Add((float)(BmiWeight * (Bmi(row) - bmiScale.Mean) / bmiScale.Std));
        return [.. vector];
    }

    private double Bmi(int row) => data.Number(row, "Weight") / Math.Pow(data.Number(row, "Height"), 2);
}
