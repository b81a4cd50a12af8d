using Mlops.Core.Errors;
using Mlops.Monitoring.Performance;
using Mlops.Monitoring.Statistics;

namespace Mlops.Monitoring.Tests.Performance;

public sealed class ClassificationPerformanceTests
{
    private static readonly string[] Labels = ["a", "a", "a", "a", "b", "b", "b", "c", "c", "c"];
    private static readonly string[] Predicted = ["a", "a", "a", "b", "b", "b", "c", "c", "c", "a"];

    [Fact]
    public void Compute_SmallWindow_GivesAccuracyMacroF1AndRecallByHand()
    {
        var metrics = ClassificationPerformance.Compute(Labels, Predicted);
        Assert.Equal(10, metrics.Count);
        Assert.Equal(7, metrics.Correct);
        Assert.Equal(0.7, metrics.Accuracy, 12);
        // F1: a = 2·3/(4+4) = 0.75, b = 2·2/(3+3) = 2/3, c = 2·2/(3+3) = 2/3.
        Assert.Equal((0.75 + 2.0 / 3 + 2.0 / 3) / 3, metrics.MacroF1, 12);
        Assert.Equal(0.75, metrics.RecallByClass["a"], 12);
        Assert.Equal(2.0 / 3, metrics.RecallByClass["c"], 12);
        Assert.Equal(4, metrics.SupportByClass["a"]);
        Assert.Equal(WilsonInterval.Compute(7, 10), metrics.AccuracyInterval);
    }

    [Fact]
    public void Compute_ModelClassAbsentFromWindow_CountsZeroF1AndNoRecall()
    {
        var metrics = ClassificationPerformance.Compute(Labels, Predicted, ["a", "b", "c", "d"]);
        Assert.Equal((0.75 + 2.0 / 3 + 2.0 / 3) / 4, metrics.MacroF1, 12);
        Assert.False(metrics.RecallByClass.ContainsKey("d"));
        Assert.Equal(0, metrics.SupportByClass["d"]);
    }

    [Fact]
    public void Compute_LabelNotAModelClass_IsRejectedNamingTheRow()
    {
        var error = Assert.Throws<MlopsException>(() => ClassificationPerformance.Compute(["a", "x"], ["a", "a"], ["a", "b"]));
        Assert.Contains("row 1 has label 'x'", error.Message);
    }

    [Fact]
    public void Compute_LengthsDiffer_IsRejectedWithBothCounts()
    {
        var error = Assert.Throws<MlopsException>(() => ClassificationPerformance.Compute(["a"], ["a", "b"]));
        Assert.Contains("1 labels but 2 predictions", error.Message);
    }
}
