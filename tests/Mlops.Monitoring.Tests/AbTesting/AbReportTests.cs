using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Monitoring.Tests.AbTesting;

public sealed class AbReportTests
{
    private const string Hostile = "<script>alert('x')</script>&";

    private static AbReport Shadow() => AbAnalysis.Analyze(AbTestFactory.Test(1000, AbMode.Shadow), new AbObservations(
        [new VariantObservation("champion", 2000, 1000, 900), new VariantObservation("challenger", 1990, 1000, 850)],
        [new ShadowObservation("challenger", 1990, 199)]));

    private static AbReport Split() => AbAnalysis.Analyze(AbTestFactory.Test(1000), AbTestFactory.Counts(1000, 880, 1000, 910));

    [Fact]
    public void ToJson_ThenFromJson_GivesTheSameReport()
    {
        var report = Shadow();

        var json = report.ToJson();
        var back = AbReport.FromJson(json, "ab_report.json");

        Assert.Contains("\"verdict\":\"ChallengerWorse\"", json);
        Assert.Contains("\"disagreement_rate\":0.1", json);
        Assert.Equal(json, back.ToJson());
        Assert.Equal(report.Horizon, back.Horizon);
    }

    [Fact]
    public void FromJson_AnotherFormat_RejectedNamingTheSource()
    {
        var json = Split().ToJson().Replace(AbReport.CurrentFormat, "mlops-drift/1", StringComparison.Ordinal);

        var error = Assert.Throws<MlopsException>(() => AbReport.FromJson(json, "run r1 ab_report.json"));

        Assert.Contains("run r1 ab_report.json is not a mlops-ab-report/1 report", error.Message);
    }

    [Fact]
    public void Render_NamesFromTheStore_EscapedAndNothingFetched()
    {
        var report = AbAnalysis.Analyze(AbTestFactory.Test(1000, name: Hostile, challenger: Hostile),
            AbTestFactory.Counts(1000, 880, 1000, 910, challenger: Hostile));

        var html = AbReportHtml.Render(report);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("href=", html);
        Assert.Contains("id=\"comparisons\"", html);
        Assert.Contains("ChallengerBetter", html);
    }

    [Fact]
    public void Render_ShadowTest_ShowsDisagreementAndNoSrm()
    {
        var html = AbReportHtml.Render(Shadow());

        Assert.Contains("id=\"shadows\"", html);
        Assert.DoesNotContain("id=\"srm\"", html);
        Assert.Contains("<td>0.1</td>", html);
    }

    [Fact]
    public async Task RecordAsync_SplitReport_MetricsTagsAndBothArtifactsInAFinishedRun()
    {
        var store = new RecordingTracking();
        var report = Split();

        var runId = await AbRunRecorder.RecordAsync(store, store, "ab-tests", report, new FixedTime());

        Assert.Equal("run-1", runId);
        Assert.Equal(Core.Tracking.RunStatus.Finished, store.Run!.Status);
        Assert.Equal("ab-checkout-20261207-020000", store.Run.RunName);
        Assert.Equal(0.91, store.Metrics["variant.challenger.accuracy"], 12);
        Assert.Equal(1000, store.Metrics["variant.champion.labelled"]);
        Assert.Equal(1000, store.Metrics["variant.champion.requests"]);
        Assert.Equal(0.03, store.Metrics["difference"], 12);
        Assert.Equal(store.Metrics["challenger.challenger.p_value"], store.Metrics["p_value"]);
        Assert.Equal(0, store.Metrics["srm_flagged"]);
        Assert.True(store.Metrics.ContainsKey("srm_p_value"));
        Assert.Equal("ChallengerBetter", store.Tags["mlops.ab.verdict"]);
        Assert.Equal("checkout", store.Tags["mlops.ab.test_name"]);
        Assert.Equal(AbTestFactory.Id, store.Tags["mlops.ab.test_id"]);
        Assert.Equal("classifier", store.Tags["mlops.ab.model_name"]);
        Assert.Equal("challenger", store.Tags["mlops.ab.winner"]);
        Assert.Equal(report.ToJson(), store.Files[AbReport.JsonFileName]);
        Assert.StartsWith("<!DOCTYPE html>", store.Files[AbReport.HtmlFileName]);
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    }
}
