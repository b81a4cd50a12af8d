using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Run search replayed against recordings 28, 29, 35 and 37; page tokens pass through untouched.</summary>
public sealed class RunSearchReplayTests
{
    private readonly ReplayHandler handler = new();

    private ITrackingStore Store => ReplayStore.Open(handler).Tracking;

    [Fact]
    public async Task SearchRuns_FilterAndOrder_SendsRecordedRequestAndMapsRuns()
    {
        handler.Expect("28-runs-search");

        var page = await Store.SearchRunsAsync(new RunSearch(["1"],
            "metrics.accuracy > 0.9 and params.model_type = 'RandomForestClassifier'", ["metrics.accuracy DESC"], MaxResults: 10));

        var run = Assert.Single(page.Items);
        Assert.Equal(RunReplayTests.RunId, run.Info.RunId);
        Assert.Equal(0.94, run.Metrics.Single(m => m.Key == "accuracy").Value);
        Assert.True(double.IsNaN(run.Metrics.Single(m => m.Key == "loss_nan").Value));
        Assert.Equal("RandomForestClassifier", run.Params["model_type"]);
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public async Task SearchRuns_MalformedFilter_InvalidParameterValueNamingComparator()
    {
        // MLflow's own client also sends the default view type and page size.
        handler.Expect("29-runs-search-bad-filter", "run_view_type", "max_results");

        var error = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.SearchRunsAsync(new RunSearch(["1"], "metrics.accuracy >>> 1")));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("'>>>'", error.Message);
    }

    [Fact]
    public async Task SearchRuns_DeletedOnly_SendsViewTypeAndMapsLifecycle()
    {
        handler.Expect("35-runs-search-deleted-only", "max_results");

        var page = await Store.SearchRunsAsync(new RunSearch(["1"], ViewType: ViewType.DeletedOnly));

        Assert.Equal(LifecycleStage.Deleted, Assert.Single(page.Items).Info.LifecycleStage);
    }

    [Fact]
    public async Task SearchRuns_FirstPage_ReturnsServerTokenUnchanged()
    {
        handler.Expect("37-runs-search-page-1", "run_view_type");

        var page = await Store.SearchRunsAsync(new RunSearch(["1"], OrderBy: ["attributes.start_time DESC"], MaxResults: 1));

        Assert.Equal("to-delete", Assert.Single(page.Items).Info.RunName);
        Assert.Equal("eyJvZmZzZXQiOiAxfQ==", page.NextPageToken);
    }

    [Fact]
    public async Task SearchRuns_WithPageToken_SendsItAsPageToken()
    {
        var stub = new StubHandler().Respond("{}");

        var page = await ReplayStore.Open(stub).Tracking.SearchRunsAsync(
            new RunSearch(["1", "2"], MaxResults: 5, PageToken: "eyJvZmZzZXQiOiAxfQ==", ViewType: ViewType.All));

        Assert.Empty(page.Items);
        Assert.Null(page.NextPageToken);
        using var body = JsonDocument.Parse(stub.Bodies.Single());
        Assert.Equal("eyJvZmZzZXQiOiAxfQ==", body.RootElement.GetProperty("page_token").GetString());
        Assert.Equal("ALL", body.RootElement.GetProperty("run_view_type").GetString());
        Assert.Equal(2, body.RootElement.GetProperty("experiment_ids").GetArrayLength());
    }
}
