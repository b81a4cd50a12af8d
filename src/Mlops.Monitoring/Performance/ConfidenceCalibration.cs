using Mlops.Core.Errors;

namespace Mlops.Monitoring.Performance;

/// <summary>
/// Isotonic map from a prediction's confidence (its top class probability) to P(correct), fitted on the reference's
/// held-out rows by pool-adjacent-violators; between knots it interpolates linearly and clips outside them, as
/// scikit-learn's IsotonicRegression(out_of_bounds="clip") that NannyML's CBPE uses.
/// </summary>
public sealed class ConfidenceCalibration
{
    private readonly double[] confidences;
    private readonly double[] accuracies;

    private ConfidenceCalibration(double[] confidences, double[] accuracies)
    {
        this.confidences = confidences;
        this.accuracies = accuracies;
    }

    /// <summary>The knots (ascending confidence, non-decreasing accuracy), for storing in a reference profile.</summary>
    public IReadOnlyList<double> Confidences => confidences;
    public IReadOnlyList<double> Accuracies => accuracies;

    public static ConfidenceCalibration Fit(ReadOnlySpan<double> confidence, ReadOnlySpan<bool> correct)
    {
        if (confidence.Length != correct.Length || confidence.Length == 0)
            throw MlopsException.Invalid($"calibration: {confidence.Length} confidences and {correct.Length} outcomes; need the same non-zero number");
        var order = new int[confidence.Length];
        for (int i = 0; i < order.Length; i++)
        {
            if (!(confidence[i] >= 0 && confidence[i] <= 1))
                throw MlopsException.Invalid($"calibration: row {i} has confidence {confidence[i]}; it must be a probability in [0, 1]");
            order[i] = i;
        }
        var keys = confidence.ToArray();
        Array.Sort(keys, order);
        var x = new double[keys.Length];
        var y = new double[keys.Length];
        for (int i = 0; i < keys.Length; i++) { x[i] = keys[i]; y[i] = correct[order[i]] ? 1 : 0; }
        var (knotX, knotY) = IsotonicRegression.Fit(x, y);
        return new ConfidenceCalibration(knotX, knotY);
    }

    /// <summary>Rebuilds a stored calibration, checking the knots are ordered.</summary>
    public static ConfidenceCalibration FromKnots(IReadOnlyList<double> confidences, IReadOnlyList<double> accuracies)
    {
        if (confidences.Count != accuracies.Count || confidences.Count == 0)
            throw MlopsException.Invalid($"calibration: {confidences.Count} knot confidences and {accuracies.Count} accuracies; need the same non-zero number");
        for (int i = 1; i < confidences.Count; i++)
            if (confidences[i] < confidences[i - 1] || accuracies[i] < accuracies[i - 1])
                throw MlopsException.Invalid($"calibration: knot {i} ({confidences[i]}, {accuracies[i]}) breaks the ascending order");
        return new ConfidenceCalibration(confidences.ToArray(), accuracies.ToArray());
    }

    /// <summary>Calibrated P(correct) for one confidence.</summary>
    public double Calibrate(double confidence)
    {
        if (confidence <= confidences[0]) return accuracies[0];
        if (confidence >= confidences[^1]) return accuracies[^1];
        int upper = Array.BinarySearch(confidences, confidence);
        if (upper >= 0) return accuracies[upper];
        upper = ~upper;
        int lower = upper - 1;
        double t = (confidence - confidences[lower]) / (confidences[upper] - confidences[lower]);
        return accuracies[lower] + t * (accuracies[upper] - accuracies[lower]);
    }

    /// <summary>CBPE's estimate of a window's accuracy: the mean calibrated P(correct) of its predictions.</summary>
    public double EstimateAccuracy(ReadOnlySpan<double> windowConfidences)
    {
        if (windowConfidences.Length == 0)
            throw MlopsException.Invalid("estimated accuracy: the window has no predictions");
        double sum = 0;
        foreach (double confidence in windowConfidences) sum += Calibrate(confidence);
        return sum / windowConfidences.Length;
    }
}
