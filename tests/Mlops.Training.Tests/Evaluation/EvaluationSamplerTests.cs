using Mlops.Training.Evaluation;

namespace Mlops.Training.Tests.Evaluation;

public class EvaluationSamplerTests
{
    // 1,000 rows of four classes, interleaved: 500 of class 0, 300 of 1, 150 of 2, 50 of 3.
    private static readonly int[] Truth = [.. Enumerable.Range(0, 1000).Select(i => (i % 20) switch { < 10 => 0, < 16 => 1, < 19 => 2, _ => 3 })];

    [Theory]
    [InlineData(1000)]
    [InlineData(5000)]
    [InlineData(0)]
    public void Draw_TableNotLargerThanTheBoundOrNoBound_ScoresEveryRow(int maxRows)
    {
        var sample = EvaluationSampler.Draw(Truth, 4, maxRows, seed: 1);

        Assert.Null(sample.Rows);
        Assert.Equal(1000, sample.ScoredRows);
        Assert.Equal(999, sample.TestRowOf(999));
    }

    [Fact]
    public void Draw_LargerTable_TakesExactlyMaxRowsWithEachClassShareByLargestRemainder()
    {
        var sample = EvaluationSampler.Draw(Truth, 4, 101, seed: 1);

        // 101 × shares = 50.5, 30.3, 15.15, 5.05: the floors sum to 100, the one row left goes to the largest remainder.
        var rows = Assert.IsType<int[]>(sample.Rows);
        Assert.Equal(101, rows.Length);
        Assert.Equal([51, 30, 15, 5], Enumerable.Range(0, 4).Select(c => rows.Count(r => Truth[r] == c)));
        Assert.Equal(rows.Order().Distinct(), rows);
        Assert.Equal((1000, 101, 101), (sample.TestRows, sample.MaxRows, sample.ScoredRows));
    }

    [Fact]
    public void Draw_SameSeed_SameRows_OtherSeed_OtherRows()
    {
        var first = EvaluationSampler.Draw(Truth, 4, 200, seed: 5).Rows;
        var again = EvaluationSampler.Draw(Truth, 4, 200, seed: 5).Rows;
        var other = EvaluationSampler.Draw(Truth, 4, 200, seed: 6).Rows;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }
}
