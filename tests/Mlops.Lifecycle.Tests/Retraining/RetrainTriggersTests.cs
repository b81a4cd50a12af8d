using Mlops.Lifecycle.Retraining;
using Mlops.Lifecycle.Tests.Profiling;
using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Tests.Retraining;

[Collection(RetrainingCollection.Name)]
public sealed class RetrainTriggersTests(PipelineWorkspace workspace)
{
    private static readonly DateTimeOffset T0 = TestChampion.TrainedAt;

    private static ContinuousTrainingParams Triggers(string? schedule = null, int newLabels = 0, bool drift = false,
        double? minAccuracy = null, double? maxDrop = null, int minLabels = 100) =>
        new()
        {
            Triggers = new RetrainTriggerParams
            {
                Schedule = schedule, NewLabels = newLabels, Drift = drift, MinAccuracy = minAccuracy, MaxAccuracyDrop = maxDrop, MinLabels = minLabels,
            },
        };

    private static TriggerResult Of(TriggerReport report, string name) => Assert.Single(report.Results, r => r.Name == name);

    [Fact]
    public async Task EvaluateAsync_NoChampion_NothingFiresAndEachSaysWhy()
    {
        using var champion = await TestChampion.CreateAsync(workspace, withChampion: false);
        champion.Time.SetUtcNow(T0.AddDays(2));

        var report = await RetrainTriggers.EvaluateAsync(champion.Context(Triggers("* * * * *", newLabels: 1, drift: true, maxDrop: 0.05)));

        Assert.Null(report.LastTrainingAt);
        Assert.Equal(RetrainTriggers.Names, report.Results.Select(r => r.Name));
        Assert.All(report.Results, r =>
        {
            Assert.True(r.Enabled);
            Assert.False(r.Fired);
            Assert.Contains($"no champion: models:/{champion.Name}@champion is not set", r.Reason);
        });
    }

    [Fact]
    public async Task EvaluateAsync_EveryTriggerOff_EachDisabledNamingItsKey()
    {
        using var champion = await TestChampion.CreateAsync(workspace);

        var report = await RetrainTriggers.EvaluateAsync(champion.Context(Triggers()));

        Assert.Equal(T0, report.LastTrainingAt);
        Assert.All(report.Results, r => Assert.False(r.Enabled || r.Fired));
        Assert.Equal(
            [
                "off: continuous_training.triggers.schedule is not set",
                "off: continuous_training.triggers.new_labels is 0",
                "off: continuous_training.triggers.drift is false",
                "off: neither continuous_training.triggers.min_accuracy nor continuous_training.triggers.max_accuracy_drop is set",
            ],
            report.Results.Select(r => r.Reason));
    }

    [Theory]
    [InlineData("0 10 * * *", 0, false)] // the occurrence at the training itself is not after it
    [InlineData("0 10 * * *", 24 * 60 * 60 * 1000 - 1, false)]
    [InlineData("0 10 * * *", 24 * 60 * 60 * 1000, true)] // now is inside (last training, now]
    [InlineData("30 10 * * *", 30 * 60 * 1000 - 1, false)]
    [InlineData("30 10 * * *", 30 * 60 * 1000, true)]
    [InlineData("0 3 * * 1", 6 * 24 * 60 * 60 * 1000, false)] // T0 is a Monday 10:00: the next Monday 03:00 is 6 days 17 h on
    [InlineData("0 3 * * 1", 7 * 24 * 60 * 60 * 1000, true)]
    public async Task EvaluateAsync_Schedule_FiresOnceAnOccurrenceLiesInLastTrainingToNow(string schedule, long afterMs, bool fired)
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        champion.Time.SetUtcNow(T0.AddMilliseconds(afterMs));

        var result = Of(await RetrainTriggers.EvaluateAsync(champion.Context(Triggers(schedule))), RetrainTriggers.Schedule);

        Assert.True(result.Enabled);
        Assert.Equal(fired, result.Fired);
        Assert.Contains($"'{schedule}'", result.Reason);
        Assert.Equal(fired, result.Figures["seconds_until_due"] <= 0);
    }

    [Fact]
    public async Task EvaluateAsync_LabelsSinceTraining_NewLabelsFiresAtTheThresholdAndIgnoresOlderOnes()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        using var model = await champion.LoadAsync();
        var rows = TrafficLog.HeldOut(champion);
        var before = await TrafficLog.AppendAsync(champion, model, [.. rows.Inputs.Take(5)], i => T0.AddHours(-1).AddSeconds(i));
        var after = await TrafficLog.AppendAsync(champion, model, [.. rows.Inputs.Skip(5).Take(20)], i => T0.AddMinutes(1 + i));
        await champion.LabelAsync(before.Concat(after.Take(19)).Select(l => (l.Id, l.Predicted)));
        champion.Time.SetUtcNow(T0.AddHours(1));
        var context = champion.Context(Triggers(newLabels: 20));

        var short1 = Of(await RetrainTriggers.EvaluateAsync(context), RetrainTriggers.NewLabels);
        await champion.LabelAsync([(after[19].Id, after[19].Predicted)]);
        var reached = Of(await RetrainTriggers.EvaluateAsync(context), RetrainTriggers.NewLabels);

        Assert.False(short1.Fired);
        Assert.Equal(19, short1.Figures["labels_since"]);
        Assert.Equal("19 predictions made since the last training are labelled, fewer than the 20 required", short1.Reason);
        Assert.True(reached.Fired);
        Assert.Equal(20, reached.Figures["labels_since"]);
        Assert.Equal(20, reached.Figures["threshold"]);
    }

    [Fact]
    public async Task EvaluateAsync_NoPredictionsSinceTraining_DriftAndPerformanceDoNotFireAndSaySo()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        using var model = await champion.LoadAsync();
        await TrafficLog.AppendAsync(champion, model, [.. TrafficLog.HeldOut(champion).Inputs.Take(10)], i => T0.AddDays(-1));
        champion.Time.SetUtcNow(T0.AddDays(1));

        var report = await RetrainTriggers.EvaluateAsync(champion.Context(Triggers(drift: true, maxDrop: 0.05)));

        foreach (var name in new[] { RetrainTriggers.Drift, RetrainTriggers.Performance })
        {
            var result = Of(report, name);
            Assert.True(result.Enabled);
            Assert.False(result.Fired);
            Assert.Equal($"no predictions of {champion.Name} were logged since the last training (2026-12-07T10:00:00Z)", result.Reason);
        }
    }

    [Fact]
    public async Task EvaluateAsync_OneInputShiftedFar_DriftFiresWithItsShare()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        using var model = await champion.LoadAsync();
        var rows = TrafficLog.HeldOut(champion);
        await TrafficLog.AppendAsync(champion, model, TrafficLog.Shifted(rows, "Weight", 60), i => T0.AddSeconds(10 + i));
        champion.Time.SetUtcNow(T0.AddDays(1));
        var monitoring = new MonitoringParams { Drift = new DriftParams { DatasetDriftShare = 0.05 } };

        var result = Of(await RetrainTriggers.EvaluateAsync(champion.Context(Triggers(drift: true), monitoring)), RetrainTriggers.Drift);

        Assert.True(result.Fired, result.Reason);
        Assert.Contains("Weight", result.Reason);
        Assert.Equal(rows.Inputs.Count, result.Figures["window_rows"]);
        Assert.Equal(0.05, result.Figures["share_threshold"]);
        Assert.True(result.Figures["drifted_share"] >= 1.0 / 16);
    }

    [Fact]
    public async Task EvaluateAsync_WindowSetting_ComparesOnlyTheNewestPredictions()
    {
        using var champion = await TestChampion.CreateAsync(workspace);
        using var model = await champion.LoadAsync();
        var rows = TrafficLog.HeldOut(champion);
        await TrafficLog.AppendAsync(champion, model, TrafficLog.Shifted(rows, "Weight", 60), i => T0.AddSeconds(10 + i));
        await TrafficLog.AppendAsync(champion, model, rows.Inputs, i => T0.AddHours(2).AddSeconds(i));
        champion.Time.SetUtcNow(T0.AddDays(1));
        var settings = new ContinuousTrainingParams { Triggers = new RetrainTriggerParams { NewLabels = 0, MaxAccuracyDrop = null, Window = rows.Inputs.Count } };
        var monitoring = new MonitoringParams { Drift = new DriftParams { DatasetDriftShare = 0.05 } };

        var result = Of(await RetrainTriggers.EvaluateAsync(champion.Context(settings, monitoring)), RetrainTriggers.Drift);

        Assert.Equal(rows.Inputs.Count, result.Figures["window_rows"]);
        Assert.DoesNotContain("Weight", result.Reason);
    }
}
