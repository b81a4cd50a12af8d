using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests;

public abstract partial class TrackingStoreContract
{
    [ContractFact]
    public async Task DeleteExperiment_Active_HiddenFromDefaultListingAndRunsDeleted()
    {
        var name = Unique("exp");
        var id = await Store.CreateExperimentAsync(name);
        var run = await Store.CreateRunAsync(id, "r", T0);

        await Store.DeleteExperimentAsync(id);

        Assert.Equal(LifecycleStage.Deleted, (await Store.GetExperimentAsync(id)).LifecycleStage);
        Assert.Equal(id, (await Store.GetExperimentByNameAsync(name))!.ExperimentId);
        Assert.DoesNotContain(await Store.ListExperimentsAsync(), e => e.ExperimentId == id);
        Assert.Contains(await Store.ListExperimentsAsync(ViewType.DeletedOnly), e => e.ExperimentId == id);
        Assert.Equal(LifecycleStage.Deleted, (await Store.GetRunAsync(run.RunId)).Info.LifecycleStage);
        Assert.Empty((await Store.SearchRunsAsync(new RunSearch([id]))).Items);
    }

    [ContractFact]
    public async Task DeleteExperiment_Deleted_NameStillTaken()
    {
        var name = Unique("exp");
        var id = await Store.CreateExperimentAsync(name);
        await Store.DeleteExperimentAsync(id);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.CreateExperimentAsync(name));

        Assert.Equal(ErrorCode.ResourceAlreadyExists, error.Code);
    }

    [ContractFact]
    public async Task DeleteExperiment_AlreadyDeletedOrMissing_ResourceDoesNotExist()
    {
        var id = await NewExperimentAsync();
        await Store.DeleteExperimentAsync(id);

        var again = await Assert.ThrowsAsync<MlopsException>(() => Store.DeleteExperimentAsync(id));
        var missing = await Assert.ThrowsAsync<MlopsException>(() => Store.DeleteExperimentAsync("987654321"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, again.Code);
        Assert.Equal(ErrorCode.ResourceDoesNotExist, missing.Code);
        Assert.Contains("987654321", missing.Message);
    }

    [ContractFact]
    public async Task CreateRun_DeletedExperiment_Rejected()
    {
        var id = await NewExperimentAsync();
        await Store.DeleteExperimentAsync(id);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.CreateRunAsync(id, "r", T0));

        Assert.NotEqual(ErrorCode.InternalError, error.Code);
    }

    [ContractFact]
    public async Task RestoreExperiment_Deleted_ActiveWithItsRuns()
    {
        var id = await NewExperimentAsync();
        var run = await Store.CreateRunAsync(id, "r", T0);
        await Store.DeleteExperimentAsync(id);

        await Store.RestoreExperimentAsync(id);

        Assert.Equal(LifecycleStage.Active, (await Store.GetExperimentAsync(id)).LifecycleStage);
        Assert.Contains(await Store.ListExperimentsAsync(), e => e.ExperimentId == id);
        Assert.Equal(run.RunId, Assert.Single((await Store.SearchRunsAsync(new RunSearch([id]))).Items).Info.RunId);
    }

    [ContractFact]
    public async Task RestoreExperiment_Active_ResourceDoesNotExist()
    {
        var id = await NewExperimentAsync();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.RestoreExperimentAsync(id));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }

    [ContractFact]
    public async Task RenameExperiment_NewName_ReadableByNewNameOnly()
    {
        var old = Unique("exp");
        var id = await Store.CreateExperimentAsync(old);
        var renamed = Unique("renamed");

        await Store.RenameExperimentAsync(id, renamed);

        Assert.Equal(renamed, (await Store.GetExperimentAsync(id)).Name);
        Assert.Equal(id, (await Store.GetExperimentByNameAsync(renamed))!.ExperimentId);
        Assert.Null(await Store.GetExperimentByNameAsync(old));
    }

    [ContractFact]
    public async Task RenameExperiment_NameTaken_ResourceAlreadyExists()
    {
        var taken = Unique("exp");
        await Store.CreateExperimentAsync(taken);
        var id = await NewExperimentAsync();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.RenameExperimentAsync(id, taken));

        Assert.Equal(ErrorCode.ResourceAlreadyExists, error.Code);
    }

    [ContractFact]
    public async Task RenameExperiment_Deleted_InvalidState()
    {
        var id = await NewExperimentAsync();
        await Store.DeleteExperimentAsync(id);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.RenameExperimentAsync(id, Unique("renamed")));

        Assert.Equal(ErrorCode.InvalidState, error.Code);
    }
}
