using MathNet.Numerics;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Statistics;

/// <summary>Pearson chi-square tests, as SciPy's <c>chisquare</c> and <c>chi2_contingency</c>.</summary>
public static class ChiSquareTest
{
    /// <summary>Goodness of fit with k − 1 degrees of freedom; the sums must agree to 1e-8 relative, as SciPy requires.</summary>
    /// <remarks>An expected count of 0 against a positive observed count gives an infinite statistic and p = 0.</remarks>
    public static StatTestResult GoodnessOfFit(ReadOnlySpan<double> observed, ReadOnlySpan<double> expected)
    {
        if (observed.Length != expected.Length || observed.Length < 2)
            throw MlopsException.Invalid(
                $"chi-square: {observed.Length} observed and {expected.Length} expected counts; need the same number, at least 2");
        double observedSum = 0, expectedSum = 0;
        for (int i = 0; i < observed.Length; i++)
        {
            CheckCount(observed[i], $"observed[{i}]");
            CheckCount(expected[i], $"expected[{i}]");
            observedSum += observed[i];
            expectedSum += expected[i];
        }
        if (Math.Abs(observedSum - expectedSum) > 1e-8 * Math.Min(observedSum, expectedSum))
            throw MlopsException.Invalid(
                $"chi-square: observed counts sum to {observedSum} and expected to {expectedSum}; they must agree to 1e-8 relative");
        double statistic = 0;
        for (int i = 0; i < observed.Length; i++)
        {
            double difference = observed[i] - expected[i];
            if (difference != 0) statistic += difference * difference / expected[i];
        }
        return new StatTestResult(statistic, UpperTail(statistic, observed.Length - 1));
    }

    /// <summary>Test of independence on an r × c table of counts; Yates' correction applies only when dof is 1.</summary>
    public static ContingencyResult Contingency(double[][] table, bool yatesCorrection = true)
    {
        int rows = table.Length, columns = rows == 0 ? 0 : table[0].Length;
        if (rows == 0 || columns == 0)
            throw MlopsException.Invalid("chi-square contingency: the table is empty");
        var rowSums = new double[rows];
        var columnSums = new double[columns];
        for (int r = 0; r < rows; r++)
        {
            if (table[r].Length != columns)
                throw MlopsException.Invalid($"chi-square contingency: row {r} has {table[r].Length} cells, row 0 has {columns}");
            for (int c = 0; c < columns; c++)
            {
                CheckCount(table[r][c], $"table[{r}][{c}]");
                rowSums[r] += table[r][c];
                columnSums[c] += table[r][c];
            }
        }
        double total = rowSums.Sum();
        var expected = new double[rows][];
        for (int r = 0; r < rows; r++)
        {
            expected[r] = new double[columns];
            for (int c = 0; c < columns; c++)
            {
                expected[r][c] = rowSums[r] * columnSums[c] / total;
                if (expected[r][c] == 0)
                    throw MlopsException.Invalid($"chi-square contingency: the expected count of cell [{r}][{c}] is 0 (an empty row or column)");
            }
        }
        int dof = rows * columns - rows - columns + 1;
        if (dof == 0)
            return new ContingencyResult(0, 1, 0, expected);
        double statistic = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < columns; c++)
            {
                double difference = table[r][c] - expected[r][c];
                if (dof == 1 && yatesCorrection)
                    difference = Math.Sign(difference) * Math.Max(0, Math.Abs(difference) - 0.5);
                statistic += difference * difference / expected[r][c];
            }
        return new ContingencyResult(statistic, UpperTail(statistic, dof), dof, expected);
    }

    /// <summary>P(χ²_dof ≥ statistic) from the regularised upper incomplete gamma (accurate far into the tail).</summary>
    internal static double UpperTail(double statistic, int degreesOfFreedom) =>
        double.IsPositiveInfinity(statistic) ? 0 : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2.0, statistic / 2);

    private static void CheckCount(double value, string name)
    {
        if (!(value >= 0) || double.IsInfinity(value))
            throw MlopsException.Invalid($"chi-square: {name} = {value} must be a finite non-negative count");
    }
}
