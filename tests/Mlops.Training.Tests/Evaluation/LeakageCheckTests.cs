using Mlops.Training.Evaluation;

namespace Mlops.Training.Tests.Evaluation;

public class LeakageCheckTests
{
    [Fact]
    public void Compute_TinyTables_CountsNearCopiesExactCopiesAndMedian()
    {
        float[] train = [0, 0, 1, 1];
        float[] test = [0, 0, 0.03f, 0, 0.5f, 0.5f];

        var report = LeakageCheck.Compute(["a", "b"], train, 2, test, 3, 0.05);

        Assert.Equal(3, report.TestRows);
        Assert.Equal(2, report.NearCopyRows);
        Assert.Equal(2.0 / 3, report.NearCopyShare, 12);
        Assert.Equal(1, report.ExactDuplicateRows);
        Assert.Equal(1.0 / 3, report.ExactDuplicateShare, 12);
        Assert.Equal(0.03, report.MedianDistance, 6);
        Assert.Equal(0, report.MinDistance);
        Assert.Equal(Math.Sqrt(0.5), report.MaxDistance, 6);
    }
}
