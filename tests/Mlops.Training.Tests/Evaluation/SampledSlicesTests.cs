using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Features;
using Mlops.Training.Tests.Features;

namespace Mlops.Training.Tests.Evaluation;

/// <summary>A sampled evaluation's slices are of the scored rows, mapped back to their clean.csv rows.</summary>
public sealed class SampledSlicesTests(CleanDataFixture data) : IClassFixture<CleanDataFixture>
{
    [Fact]
    public void AddSlices_SampledReportWrongOnSurveyRowsOnly_SlicesCountAndScoreTheSampledRows()
    {
        var p = data.Params;
        var clean = CleanRows.Read(p, data.CleanCsv);
        var test = clean.Take(DatasetSplitter.Split(clean.Labels, p.Split).Test);
        var classes = p.Schema.TargetClasses;
        var allTruth = test.Labels.Select(l => classes.IndexOf(l)).ToArray();
        var sample = EvaluationSampler.Draw(allTruth, classes.Count, 300, seed: 3);
        var rows = sample.Rows!;
        var survey = EvaluationSlices.From(p).Single(s => s.Name == "survey_rows");
        var surveyRows = survey.Select(test.Columns, [.. rows.Select(r => test.Inputs[r])]).ToHashSet();
        var truth = rows.Select(r => allTruth[r]).ToArray();
        // Right on every sampled row but the survey ones, which are all predicted as the next class.
        var predicted = truth.Select((t, i) => surveyRows.Contains(i) ? (t + 1) % classes.Count : t).ToArray();
        var report = Report(classes, truth, predicted) with { Sample = sample };

        var scored = SliceScorer.AddSlices(report, p, CleanTable.Read(p, data.CleanCsv));

        var surveySlice = scored.Slices.Single(s => s.Name == "survey_rows");
        var syntheticSlice = scored.Slices.Single(s => s.Name == "synthetic_rows");
        Assert.Equal(surveyRows.Count, surveySlice.Rows);
        Assert.Equal(300 - surveyRows.Count, syntheticSlice.Rows);
        Assert.Equal(0, surveySlice.Accuracy);
        Assert.Equal(1, syntheticSlice.Accuracy);
    }

    private static EvaluationReport Report(IReadOnlyList<string> classes, int[] truth, int[] predicted)
    {
        var probabilities = predicted.SelectMany(p => Enumerable.Range(0, classes.Count).Select(c => c == p ? 0.9f : 0.1f / (classes.Count - 1))).ToArray();
        var cost = classes.Select(_ => (IReadOnlyList<double>)[.. classes.Select(_ => 1.0)]).ToArray();
        var metrics = MetricsCalculator.Compute(classes, truth, predicted, probabilities, cost);
        var leakage = new LeakageReport(0.05, truth.Length, 0, 0, 0, 0, 1, 1, 1) { NearestDistances = [.. truth.Select(_ => 1.0)] };
        return new EvaluationReport(metrics, [], leakage, 1, 42) { Scores = new HeldOutScores(truth, predicted, probabilities) };
    }
}
