using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests.Sqlite;

public sealed class SqliteTrackingStoreTests : TrackingStoreContract, IDisposable
{
    private readonly TempSqliteStore temp = new();

    protected override Task<ITrackingStore> CreateStoreAsync() => Task.FromResult<ITrackingStore>(temp.Store.Tracking);

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task CreateExperiment_NoLocation_ArtifactsUnderRootById()
    {
        var id = await Store.CreateExperimentAsync("located");

        var experiment = await Store.GetExperimentAsync(id);

        Assert.Equal($"{temp.ArtifactRoot}/{id}", experiment.ArtifactLocation);
        Assert.Equal("1", id);
    }

    [Fact]
    public async Task RunInputs_SqliteStore_DeclaredAndReadBack()
    {
        var run = await NewRunAsync("with-inputs");
        var inputs = Store.RunInputs;
        Assert.NotNull(inputs);

        await inputs.LogInputsAsync(run.RunId,
            [new DatasetInput(new Dataset("train", "d1", "local", "data/train.csv"), new Dictionary<string, string> { ["mlflow.data.context"] = "training" })]);
        var read = await inputs.GetInputsAsync([run.RunId]);

        var input = Assert.Single(read[run.RunId]);
        Assert.Equal("train", input.Dataset.Name);
        Assert.Equal("training", input.Tags["mlflow.data.context"]);
    }
}
