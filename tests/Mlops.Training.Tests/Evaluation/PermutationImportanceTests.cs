using Mlops.Training.Evaluation;

namespace Mlops.Training.Tests.Evaluation;

public class PermutationImportanceTests
{
    private static readonly string[] Names = ["X=a", "X=b", "Y"];

    [Theory]
    [InlineData("CAEC=Sometimes", "CAEC")]
    [InlineData("BMI", "BMI")]
    [InlineData("MTRANS=Public_Transportation", "MTRANS")]
    public void SourceOf_FeatureName_IsPartBeforeEquals(string feature, string source) =>
        Assert.Equal(source, PermutationImportance.SourceOf(feature));

    [Fact]
    public void Compute_OneHotColumns_GroupedAndPermutedTogether()
    {
        var (features, truth) = Data(200);
        var onlyValidOneHotRows = 0;

        // The class is read from the one-hot pair; a row whose pair is broken (e.g. 1,1) would mean the
        // columns were permuted separately.
        void Predict(float[] x, int rows, int[] predicted)
        {
            for (var r = 0; r < rows; r++)
            {
                var a = x[r * 3];
                var b = x[(r * 3) + 1];
                onlyValidOneHotRows += a + b == 1 ? 0 : 1;
                predicted[r] = a > 0.5f ? 1 : 0;
            }
        }

        var result = PermutationImportance.Compute(Names, features, truth, Predict, repeats: 3, seed: 1);

        Assert.Equal(0, onlyValidOneHotRows);
        Assert.Equal(["X", "Y"], result.Select(f => f.Source));
        Assert.Equal(["X=a", "X=b"], result[0].Columns);
        Assert.InRange(result[0].Mean, 0.3, 0.7);
        Assert.Equal(0, result[1].Mean);
        Assert.Equal(0, result[1].Std);
    }

    [Fact]
    public void Compute_SameSeed_SameResult()
    {
        var (features, truth) = Data(100);
        static void Predict(float[] x, int rows, int[] predicted)
        {
            for (var r = 0; r < rows; r++)
            {
                predicted[r] = x[r * 3] > 0.5f ? 1 : 0;
            }
        }

        var first = PermutationImportance.Compute(Names, features, truth, Predict, 4, 9);
        var second = PermutationImportance.Compute(Names, features, truth, Predict, 4, 9);

        Assert.Equal(first.Select(f => (f.Source, f.Mean, f.Std)), second.Select(f => (f.Source, f.Mean, f.Std)));
        Assert.True(first[0].Std > 0);
    }

    private static (float[] Features, int[] Truth) Data(int rows)
    {
        var features = new float[rows * 3];
        var truth = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            truth[r] = r % 2;
            features[r * 3] = r % 2;
            features[(r * 3) + 1] = 1 - (r % 2);
            features[(r * 3) + 2] = (r % 4) < 2 ? 1 : -1;
        }

        return (features, truth);
    }
}
