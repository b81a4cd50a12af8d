namespace Mlops.TrackingServer.Tests.Experiments;

public sealed class ExperimentLifecycleApiTests
{
    private const string Api = "api/2.0/mlflow";

    [Fact]
    public async Task DeleteThenRestore_Experiment_HiddenThenVisibleInSearch()
    {
        await using var harness = await ServerHarness.StartAsync();
        var (_, created) = await Json.PostAsync(harness.Client, $"{Api}/experiments/create", new { name = "to-delete" });
        var id = created!["experiment_id"]!.GetValue<string>();

        var (deleted, _) = await Json.PostAsync(harness.Client, $"{Api}/experiments/delete", new { experiment_id = id });
        var (_, afterDelete) = await Json.GetAsync(harness.Client, $"{Api}/experiments/get?experiment_id={id}");
        var (_, activeSearch) = await Json.PostAsync(harness.Client, $"{Api}/experiments/search", new { max_results = 100 });
        var (again, againBody) = await Json.PostAsync(harness.Client, $"{Api}/experiments/delete", new { experiment_id = id });
        var (restored, _) = await Json.PostAsync(harness.Client, $"{Api}/experiments/restore", new { experiment_id = id });
        var (_, afterRestore) = await Json.GetAsync(harness.Client, $"{Api}/experiments/get?experiment_id={id}");

        Assert.Equal(200, deleted);
        Assert.Equal("deleted", afterDelete!["experiment"]!["lifecycle_stage"]!.GetValue<string>());
        Assert.DoesNotContain(activeSearch!["experiments"]!.AsArray(), e => e!["experiment_id"]!.GetValue<string>() == id);
        Assert.Equal(404, again);
        Assert.Equal("RESOURCE_DOES_NOT_EXIST", againBody!["error_code"]!.GetValue<string>());
        Assert.Equal(200, restored);
        Assert.Equal("active", afterRestore!["experiment"]!["lifecycle_stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task Update_NewName_Renamed()
    {
        await using var harness = await ServerHarness.StartAsync();
        var (_, created) = await Json.PostAsync(harness.Client, $"{Api}/experiments/create", new { name = "old-name" });
        var id = created!["experiment_id"]!.GetValue<string>();

        var (status, _) = await Json.PostAsync(harness.Client, $"{Api}/experiments/update", new { experiment_id = id, new_name = "new-name" });
        var (_, byName) = await Json.GetAsync(harness.Client, $"{Api}/experiments/get-by-name?experiment_name=new-name");

        Assert.Equal(200, status);
        Assert.Equal(id, byName!["experiment"]!["experiment_id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_MissingExperimentId_Returns400()
    {
        await using var harness = await ServerHarness.StartAsync();

        var (status, body) = await Json.PostAsync(harness.Client, $"{Api}/experiments/delete", new { });

        Assert.Equal(400, status);
        Assert.Contains("experiment_id", body!["message"]!.GetValue<string>());
    }
}
