using Mlops.Monitoring.Drift;
using Mlops.Monitoring.Statistics;
using Mlops.Monitoring.Tests.Drift.Simulation;
using Xunit.Abstractions;

namespace Mlops.Monitoring.Tests.Drift;

/// <summary>
/// False alarms and power by seeded simulation on the bundled dataset: reference = the pipeline's training rows,
/// windows = 500 rows drawn with replacement from its held-out rows, 200 seeds.
/// </summary>
public sealed class DriftErrorRateTests(ITestOutputHelper output)
{
    private const int Windows = 200;
    private const int WindowRows = 500;

    private static readonly ObesityData Data = ObesityData.Shared;
    private static readonly DriftColumn[] Reference = [.. Data.Features.Select(f => Data.Column(f, Data.TrainRows))];

    [Fact]
    public void Dataset_WindowsWithoutDrift_AreFlaggedInAtMostTwoPercent()
    {
        int flagged = 0;
        var perFeature = Data.Features.ToDictionary(f => f, _ => 0);
        double largestShare = 0;
        for (int seed = 0; seed < Windows; seed++)
        {
            var window = ObesityData.Sample(Data.TestRows, WindowRows, new Random(seed));
            var drift = DriftAnalysis.Dataset(Reference, [.. Data.Features.Select(f => Data.Column(f, window))]);
            if (drift.Detected) flagged++;
            largestShare = Math.Max(largestShare, drift.DriftedShare);
            foreach (var column in drift.Columns.Where(c => c.Detected)) perFeature[column.Feature]++;
        }
        output.WriteLine($"no drift: dataset drift flagged in {flagged}/{Windows} windows ({100.0 * flagged / Windows:0.0}%), " +
            $"largest drifted share {largestShare:0.000}; feature flags: " +
            string.Join(", ", perFeature.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value}")));
        Assert.True(flagged <= Windows * 0.02, $"dataset drift flagged in {flagged} of {Windows} windows without drift");
    }

    [Fact]
    public void Column_AgeShiftedByHalfAStandardDeviation_IsFlaggedInAtLeast95Percent()
    {
        int ageIndex = Data.Features.ToList().IndexOf("Age");
        double shift = 0.5 * WassersteinDistance.PopulationStd(Reference[ageIndex].SortedValues);
        int flagged = 0;
        double smallestScore = double.PositiveInfinity;
        for (int seed = 0; seed < Windows; seed++)
        {
            var window = ObesityData.Sample(Data.TestRows, WindowRows, new Random(seed));
            var drift = DriftAnalysis.Column(Reference[ageIndex], Data.Column("Age", window, age => age + shift));
            if (drift.Detected) flagged++;
            smallestScore = Math.Min(smallestScore, drift.Score);
        }
        output.WriteLine($"Age + {shift:0.000} (0.5 std): flagged in {flagged}/{Windows} windows ({100.0 * flagged / Windows:0.0}%), " +
            $"test {DriftTestNames.Name(DriftTest.WassersteinNormed)}, smallest score {smallestScore:0.000}");
        Assert.True(flagged >= Windows * 0.95, $"Age shifted by half a std flagged in only {flagged} of {Windows} windows");
    }

    /// <summary>The p-value regime: a reference of 1,000 training rows (Evidently's small-reference tests: KS, chi-square, z).</summary>
    [Fact]
    public void Dataset_WindowsWithoutDriftAgainstASmallReference_AreFlaggedInAtMostTwoPercent()
    {
        var referenceRows = ObesityData.Sample(Data.TrainRows, Data.TrainRows.Length, new Random(1000)).Distinct().Take(1000).ToArray();
        DriftColumn[] reference = [.. Data.Features.Select(f => Data.Column(f, referenceRows))];
        int flagged = 0;
        var perFeature = Data.Features.ToDictionary(f => f, _ => 0);
        for (int seed = 0; seed < Windows; seed++)
        {
            var window = ObesityData.Sample(Data.TestRows, WindowRows, new Random(seed));
            var drift = DriftAnalysis.Dataset(reference, [.. Data.Features.Select(f => Data.Column(f, window))]);
            if (drift.Detected) flagged++;
            foreach (var column in drift.Columns.Where(c => c.Detected)) perFeature[column.Feature]++;
        }
        output.WriteLine($"no drift, 1000-row reference: dataset drift flagged in {flagged}/{Windows} windows; feature flags: " +
            string.Join(", ", perFeature.Where(p => p.Value > 0).Select(p => $"{p.Key} {p.Value}")));
        Assert.True(flagged <= Windows * 0.02, $"dataset drift flagged in {flagged} of {Windows} windows without drift");
    }
}
