using Mlops.Core.Errors;
using Mlops.Training.Evaluation;

namespace Mlops.Training.Tests.Evaluation;

public class MetricsCalculatorTests
{
    private static readonly string[] Classes = ["A", "B", "C"];

    // Confusion (rows true, columns predicted): A [2 1 0], B [0 1 1], C [0 0 1].
    private static readonly int[] Truth = [0, 0, 0, 1, 1, 2];
    private static readonly int[] Predicted = [0, 0, 1, 1, 2, 2];

    private static readonly IReadOnlyList<double>[] Costs = [[0, 1, 2], [3, 0, 1], [5, 4, 0]];

    // Probability of the true class per row: 0.8, 0.6, 0.4, 0.5, 0.3, 0 (clipped to 1e-15).
    private static readonly float[] Probabilities =
    [
        0.8f, 0.2f, 0f,
        0.6f, 0.3f, 0.1f,
        0.4f, 0.6f, 0f,
        0.2f, 0.5f, 0.3f,
        0f, 0.3f, 0.7f,
        0f, 1f, 0f,
    ];

    [Fact]
    public void Compute_HandMadeConfusion_MatchesHandComputedRates()
    {
        var m = MetricsCalculator.Compute(Classes, Truth, Predicted, Probabilities, Costs);

        Assert.Equal([[2, 1, 0], [0, 1, 1], [0, 0, 1]], m.Confusion.Counts);
        Assert.Equal(4.0 / 6, m.Accuracy, 12);
        Assert.Equal([1.0, 0.5, 0.5], m.PerClass.Select(c => c.Precision));
        Assert.Equal(2.0 / 3, m.PerClass[0].Recall, 12);
        Assert.Equal(0.8, m.PerClass[0].F1, 12);
        Assert.Equal(2.0 / 3, m.PerClass[2].F1, 12);
        Assert.Equal([3, 2, 1], m.PerClass.Select(c => c.Support));
        Assert.Equal(2.0 / 3, m.MacroPrecision, 12);
        Assert.Equal(13.0 / 18, m.MacroRecall, 12);
        Assert.Equal((0.8 + 0.5 + (2.0 / 3)) / 3, m.MacroF1, 12);
        Assert.Equal(0.75, m.WeightedPrecision, 12);
        Assert.Equal(4.0 / 6, m.WeightedRecall, 12);
        Assert.Equal(((3 * 0.8) + (2 * 0.5) + (2.0 / 3)) / 6, m.WeightedF1, 12);
    }

    [Fact]
    public void Compute_ZeroProbabilityOfTrueClass_LogLossClipsAt1e15()
    {
        var m = MetricsCalculator.Compute(Classes, Truth, Predicted, Probabilities, Costs);

        var expected = -(Math.Log(0.8f) + Math.Log(0.6f) + Math.Log(0.4f) + Math.Log(0.5f) + Math.Log(0.3f) + Math.Log(1e-15)) / 6;
        Assert.Equal(expected, m.LogLoss, 9);
    }

    [Fact]
    public void Compute_CostMatrix_BusinessCostIsMeanOfTrueByPredictedCost()
    {
        var m = MetricsCalculator.Compute(Classes, Truth, Predicted, Probabilities, Costs);

        // A→B costs 1 and B→C costs 1; the four correct rows cost 0.
        Assert.Equal(2.0, m.TotalCost);
        Assert.Equal(2.0 / 6, m.MeanCost, 12);
    }

    [Fact]
    public void Compute_ClassNeverPredicted_PrecisionAndF1AreZero()
    {
        var m = MetricsCalculator.Compute(Classes, [0, 1, 2], [0, 0, 0], new float[9], Costs);

        Assert.Equal(0, m.PerClass[1].Precision);
        Assert.Equal(0, m.PerClass[1].F1);
        Assert.Equal(1.0 / 3, m.PerClass[0].Precision, 12);
    }

    [Fact]
    public void Compute_CostMatrixWrongSize_ThrowsNamingKey()
    {
        var error = Assert.Throws<MlopsException>(() =>
            MetricsCalculator.Compute(Classes, Truth, Predicted, Probabilities, [[0, 1], [1, 0]]));

        Assert.Contains("evaluation.cost_matrix", error.Message);
    }
}
