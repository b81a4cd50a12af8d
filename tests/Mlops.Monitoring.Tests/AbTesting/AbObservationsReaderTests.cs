using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Monitoring.Tests.AbTesting;

public sealed class AbObservationsReaderTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsync_SplitTest_CountsRequestsLabelledAndCorrectPerVariant()
    {
        var log = new AbMemoryLog();
        for (var i = 0; i < 10; i++)
        {
            log.Add(Record($"c{i}", "champion", "yes", i));
            if (i < 6) log.Label($"c{i}", i < 5 ? "yes" : "no");
        }
        for (var i = 0; i < 8; i++)
        {
            log.Add(Record($"x{i}", "challenger", "no", i));
            if (i < 4) log.Label($"x{i}", "no");
        }
        log.Add(Record("other", "champion", "yes", 3, testId: "ab-other"));

        var seen = await AbObservationsReader.ReadAsync(log, log, AbTestFactory.Test(100), predictionPageSize: 4, labelledPageSize: 5, default);

        Assert.Equal(new VariantObservation("champion", 10, 6, 5), seen.Of("champion"));
        Assert.Equal(new VariantObservation("challenger", 8, 4, 4), seen.Of("challenger"));
        Assert.Empty(seen.Shadows);
        Assert.Equal(0, seen.Ignored);
    }

    [Fact]
    public async Task ReadAsync_ShadowTest_JoinsScoresToAnswersOnIdForDisagreementAndShadowAccuracy()
    {
        var log = new AbMemoryLog();
        for (var i = 0; i < 10; i++)
        {
            log.Add(Record($"p{i}", "champion", "A", i));
            if (i != 9) log.Add(Record($"p{i}", "challenger", i < 3 ? "B" : "A", i, shadow: true)); // p9's shadow score was dropped
            if (i < 5) log.Label($"p{i}", "A");
        }

        var seen = await AbObservationsReader.ReadAsync(log, log, AbTestFactory.Test(100, AbMode.Shadow));

        Assert.Equal(new VariantObservation("champion", 10, 5, 5), seen.Of("champion"));
        Assert.Equal(new VariantObservation("challenger", 9, 5, 2), seen.Of("challenger"));
        Assert.Equal(new ShadowObservation("challenger", 9, 3), seen.ShadowOf("challenger"));
    }

    [Fact]
    public async Task ReadAsync_LabelledPagesSmallerThanTheTiesOfOneMillisecond_ReadsEveryLabelOnce()
    {
        var log = new AbMemoryLog();
        for (var i = 0; i < 25; i++)
        {
            log.Add(Record($"c{i:00}", "champion", "yes", i / 3)); // three predictions in each millisecond
            log.Label($"c{i:00}", i % 2 == 0 ? "yes" : "no");
        }

        var seen = await AbObservationsReader.ReadAsync(log, log, AbTestFactory.Test(100), predictionPageSize: 7, labelledPageSize: 4, default);

        Assert.Equal(new VariantObservation("champion", 25, 25, 13), seen.Of("champion"));
        Assert.True(log.LabelledQueries > 6, $"{log.LabelledQueries} labelled queries");
        Assert.Equal(4, log.PredictionPages);
    }

    [Fact]
    public async Task ReadAsync_MoreLabelsInOneMillisecondThanAPage_FailsNamingThePageSize()
    {
        var log = new AbMemoryLog();
        for (var i = 0; i < 5; i++)
        {
            log.Add(Record($"c{i}", "champion", "yes", 0));
            log.Label($"c{i}", "yes");
        }

        var error = await Assert.ThrowsAsync<MlopsException>(() =>
            AbObservationsReader.ReadAsync(log, log, AbTestFactory.Test(100), predictionPageSize: 10, labelledPageSize: 3, default));

        Assert.Contains("more than 3 labelled predictions share the millisecond", error.Message);
    }

    [Fact]
    public void Builder_RowsThatFitNoVariant_IgnoredAndCounted()
    {
        var builder = new AbObservationsBuilder(AbTestFactory.Test(100));

        builder.AddPrediction(Record("a", "champion", "yes", 0, testId: "ab-other"));
        builder.AddPrediction(Record("b", "nobody", "yes", 0));
        builder.AddPrediction(Record("c", "challenger", "yes", 0, shadow: true)); // a shadow row in a split test
        builder.AddPrediction(Record("d", "champion", "yes", 0) with { Assignment = null });
        builder.AddPrediction(Record("e", "champion", "yes", 0));
        var seen = builder.Build();

        Assert.Equal(4, seen.Ignored);
        Assert.Equal(1, seen.Of("champion").Requests);
        Assert.Equal(0, seen.Of("challenger").Requests);
    }

    private static PredictionRecord Record(string id, string variant, string prediction, int millisecond, bool shadow = false,
        string testId = AbTestFactory.Id) =>
        new(id, Start.AddMilliseconds(millisecond), "classifier", variant == "champion" ? 3 : 4, "models:/classifier/3", "{}", prediction, 0.9,
            "{}", 1)
        {
            Assignment = new PredictionAssignment(testId, variant, shadow),
        };
}
