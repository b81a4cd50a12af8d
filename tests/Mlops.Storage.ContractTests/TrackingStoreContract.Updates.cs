using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests;

public abstract partial class TrackingStoreContract
{
    [ContractFact]
    public async Task UpdateRun_NameWithoutEndTime_RenamesRunAndNameTag()
    {
        var info = await NewRunAsync("before");

        var updated = await Store.UpdateRunAsync(info.RunId, RunStatus.Failed, endTime: null, runName: "after");
        var run = await Store.GetRunAsync(info.RunId);

        Assert.Equal("after", updated.RunName);
        Assert.Equal(RunStatus.Failed, run.Info.Status);
        Assert.Equal("after", run.Info.RunName);
        Assert.Equal("after", run.Tags["mlflow.runName"]);
    }

    [ContractFact]
    public async Task UpdateRun_BlankName_KeepsName()
    {
        var info = await NewRunAsync("kept");

        await Store.UpdateRunAsync(info.RunId, RunStatus.Finished, T0 + 1000, runName: " ");
        var run = await Store.GetRunAsync(info.RunId);

        Assert.Equal("kept", run.Info.RunName);
        Assert.Equal(T0 + 1000, run.Info.EndTime);
    }
}
