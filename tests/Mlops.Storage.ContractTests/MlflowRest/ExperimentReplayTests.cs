using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Experiment calls replayed against recordings 01–07 and 62.</summary>
public sealed class ExperimentReplayTests
{
    private const string Name = "obesity-peer-1795716265795";
    private readonly ReplayHandler handler = new();

    private ITrackingStore Store => ReplayStore.Open(handler).Tracking;

    [Fact]
    public async Task CreateExperiment_WithTags_SendsRecordedRequestAndReturnsId()
    {
        handler.Expect("01-experiments-create");

        var id = await Store.CreateExperimentAsync(Name, tags: new Dictionary<string, string> { ["project"] = "obesity" });

        Assert.Equal("1", id);
        handler.AssertAllServed();
    }

    [Fact]
    public async Task CreateExperiment_Duplicate_ResourceAlreadyExistsWithMlflowMessage()
    {
        handler.Expect("02-experiments-create-duplicate");

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.CreateExperimentAsync(Name));

        Assert.Equal(ErrorCode.ResourceAlreadyExists, error.Code);
        Assert.StartsWith($"Experiment(name={Name}) already exists.", error.Message);
    }

    [Fact]
    public async Task GetExperiment_Recorded_MapsEveryField()
    {
        handler.Expect("03-experiments-get");

        var experiment = await Store.GetExperimentAsync("1");

        Assert.Equal(new Experiment("1", Name, "mlflow-artifacts:/1", LifecycleStage.Active, 1795716266355, 1795716266355,
            experiment.Tags), experiment);
        Assert.Equal(new Dictionary<string, string> { ["project"] = "obesity" }, experiment.Tags);
    }

    [Fact]
    public async Task GetExperimentByName_Existing_ReturnsIt()
    {
        handler.Expect("04-experiments-get-by-name");

        var experiment = await Store.GetExperimentByNameAsync(Name);

        Assert.Equal("1", experiment!.ExperimentId);
    }

    [Fact]
    public async Task GetExperimentByName_Missing_ReturnsNull()
    {
        handler.Expect("05-experiments-get-by-name-missing");

        Assert.Null(await Store.GetExperimentByNameAsync("no-such-experiment-xyz"));
        handler.AssertAllServed();
    }

    [Fact]
    public async Task SearchExperiments_Filter_SendsRecordedRequest()
    {
        handler.Expect("06-experiments-search");
        var store = ReplayStore.Open(handler).Tracking;

        var page = await store.SearchExperimentsAsync($"name = '{Name}'", maxResults: 10);

        Assert.Equal(Name, Assert.Single(page.Items).Name);
        Assert.Null(page.NextPageToken);
    }

    [Fact]
    public async Task SearchExperiments_OnePerPage_JsonWithCharsetAndNextToken()
    {
        handler.Expect("62-validation-content-type-with-charset");
        var store = ReplayStore.Open(handler).Tracking;

        var page = await store.SearchExperimentsAsync(maxResults: 1);

        Assert.Equal("eyJvZmZzZXQiOiAxfQ==", page.NextPageToken);
        Assert.Equal("peer-test", Assert.Single(page.Items).Tags["owner"]);
    }

    [Fact]
    public async Task ListExperiments_TwoPages_FollowsTokenWithMaxPageSize()
    {
        var stub = new StubHandler()
            .Respond("""{"experiments": [{"experiment_id": "0", "name": "Default"}], "next_page_token": "t1"}""")
            .Respond("""{"experiments": [{"experiment_id": "1", "name": "b", "lifecycle_stage": "deleted"}]}""");

        var experiments = await ReplayStore.Open(stub).Tracking.ListExperimentsAsync(ViewType.All);

        Assert.Equal(["0", "1"], experiments.Select(e => e.ExperimentId));
        Assert.Equal(LifecycleStage.Deleted, experiments[1].LifecycleStage);
        Assert.Equal("""{"max_results":1000,"view_type":"ALL"}""", stub.Bodies[0]);
        Assert.Equal("""{"max_results":1000,"page_token":"t1","view_type":"ALL"}""", stub.Bodies[1]);
    }

    [Fact]
    public async Task SetExperimentTag_SendsRecordedRequest()
    {
        handler.Expect("07-experiments-set-tag");

        await Store.SetExperimentTagAsync("1", "owner", "peer-test");

        handler.AssertAllServed();
    }
}
