using Mlops.Lifecycle.Retraining;
using Mlops.Lifecycle.Tests.Profiling;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>The performance trigger on constructed labels, and both window triggers on a simulated day of traffic.</summary>
[Collection(RetrainingCollection.Name)]
public sealed class RetrainWindowTriggersTests(PipelineWorkspace workspace)
{
    private static readonly DateTimeOffset T0 = TestChampion.TrainedAt;

    // SciPy: z = norm.ppf(0.975); Wilson upper bound of 149/200 = 0.8003950482796865 (/usr/bin/python3).
    private const double WilsonHigh149Of200 = 0.8003950482796865;

    private static ContinuousTrainingParams Performance(double? minAccuracy, double? maxDrop, int minLabels) => new()
    {
        Triggers = new RetrainTriggerParams { NewLabels = 0, Drift = false, MinAccuracy = minAccuracy, MaxAccuracyDrop = maxDrop, MinLabels = minLabels },
    };

    private static TriggerResult Of(TriggerReport report, string name) => Assert.Single(report.Results, r => r.Name == name);

    /// <summary>Logs <paramref name="rows"/> held-out predictions after T0 and labels the first <paramref name="correct"/> right.</summary>
    private async Task<TestChampion> LabelledAsync(int rows, int correct)
    {
        var champion = await TestChampion.CreateAsync(workspace);
        using var model = await champion.LoadAsync();
        var inputs = TrafficLog.HeldOut(champion).Inputs;
        var logged = await TrafficLog.AppendAsync(champion, model, [.. Enumerable.Range(0, rows).Select(i => inputs[i % inputs.Count])],
            i => T0.AddSeconds(1 + i));
        await champion.LabelAsync(TrafficLog.LabelsWithCorrect(logged, correct, model.Classes));
        champion.Time.SetUtcNow(T0.AddDays(1));
        return champion;
    }

    [Theory]
    [InlineData(0.8003, false)]
    [InlineData(0.8004, true)]
    public async Task EvaluateAsync_WilsonUpperBoundAgainstMinAccuracy_FiresOnlyBelowIt(double minAccuracy, bool fired)
    {
        using var champion = await LabelledAsync(200, 149);

        var result = Of(await RetrainTriggers.EvaluateAsync(champion.Context(Performance(minAccuracy, null, 100))), RetrainTriggers.Performance);

        Assert.Equal(fired, result.Fired);
        Assert.Equal(200, result.Figures["labelled"]);
        Assert.Equal(0.745, result.Figures["accuracy"], 12);
        Assert.Equal(WilsonHigh149Of200, result.Figures["wilson_high"], 9);
        Assert.Contains($"min_accuracy {minAccuracy.ToString(System.Globalization.CultureInfo.InvariantCulture)}", result.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_AccuracyFarBelowTheReference_FiresWithTheFigures()
    {
        using var champion = await LabelledAsync(200, 150);

        var result = Of(await RetrainTriggers.EvaluateAsync(champion.Context(Performance(null, 0.05, 100))), RetrainTriggers.Performance);

        var reference = result.Figures["reference"];
        Assert.True(result.Fired, result.Reason);
        Assert.True(reference > 0.9, $"reference {reference}");
        Assert.Equal(0.75, result.Figures["accuracy"], 12);
        Assert.True(result.Figures["wilson_high"] < reference);
        Assert.Contains("excludes the reference", result.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_AccuracyDropWithinTheMargin_DoesNotFire()
    {
        using var champion = await LabelledAsync(200, 190);

        var result = Of(await RetrainTriggers.EvaluateAsync(champion.Context(Performance(null, 0.05, 100))), RetrainTriggers.Performance);

        Assert.False(result.Fired, result.Reason);
        Assert.Contains("not more than max_accuracy_drop 0.05", result.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_FewerLabelsThanMinLabels_DoesNotFire()
    {
        using var champion = await LabelledAsync(99, 0);

        var result = Of(await RetrainTriggers.EvaluateAsync(champion.Context(Performance(0.9, 0.05, 100))), RetrainTriggers.Performance);

        Assert.False(result.Fired);
        Assert.Equal(99, result.Figures["labelled"]);
        Assert.Contains("fewer than min_labels 100", result.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_UndriftedTrafficOverADay_NothingFires()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        using var model = await champion.LoadAsync();
        var rows = TrafficLog.HeldOut(champion);
        var spacing = TimeSpan.FromDays(1) / rows.Inputs.Count;
        var logged = await TrafficLog.AppendAsync(champion, model, rows.Inputs, i => T0 + spacing * i);
        await champion.LabelAsync(logged.Select((l, i) => (l.Id, rows.Labels[i])));
        champion.Time.SetUtcNow(T0.AddDays(1));

        var report = await RetrainTriggers.EvaluateAsync(champion.Context());

        Assert.False(report.AnyFired, string.Join("\n", report.Results.Select(r => $"{r.Name}: {r.Reason}")));
        Assert.Equal(rows.Inputs.Count, Of(report, RetrainTriggers.Drift).Figures["window_rows"]);
        var performance = Of(report, RetrainTriggers.Performance);
        Assert.Equal(rows.Inputs.Count, performance.Figures["labelled"]);
        Assert.True(performance.Figures["accuracy"] > 0.9, performance.Reason);
    }

    [Fact]
    public async Task EvaluateAsync_WeightMinus8WithOriginalLabels_PerformanceFires()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        using var model = await champion.LoadAsync();
        var rows = TrafficLog.HeldOut(champion);
        var logged = await TrafficLog.AppendAsync(champion, model, TrafficLog.Shifted(rows, "Weight", -8), i => T0.AddMinutes(i));
        await champion.LabelAsync(logged.Select((l, i) => (l.Id, rows.Labels[i])));
        champion.Time.SetUtcNow(T0.AddDays(1));

        var report = await RetrainTriggers.EvaluateAsync(champion.Context());

        var performance = Of(report, RetrainTriggers.Performance);
        Assert.True(performance.Fired, performance.Reason);
        Assert.True(performance.Figures["accuracy"] < performance.Figures["reference"] - 0.05);
        Assert.True(performance.Figures["wilson_high"] < performance.Figures["reference"]);
    }
}
