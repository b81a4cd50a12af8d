using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Storage.ContractTests;

/// <summary>MLflow 2.10.2's length limits (mlflow/utils/validation.py): what one backend stores, every MLflow backend accepts.</summary>
public abstract partial class TrackingStoreContract
{
    private static readonly Dictionary<string, string> None = [];

    [ContractFact]
    public async Task LogBatch_ParamValueAtAndOverLimit_6000AcceptedAnd6001RejectedWithNothingStored()
    {
        var info = await NewRunAsync("r");
        await Store.LogBatchAsync(info.RunId, [], new Dictionary<string, string> { ["ok"] = new('v', 6000) }, None);

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.LogBatchAsync(info.RunId, [new Metric("m", 1, T0)],
            new Dictionary<string, string> { ["long"] = new('v', 6001) }, None));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("Param value", error.Message);
        Assert.Contains("had length 6001, which exceeded length limit of 6000", error.Message);
        var run = await Store.GetRunAsync(info.RunId);
        Assert.Equal(["ok"], run.Params.Keys);
        Assert.Empty(run.Metrics);
    }

    [ContractFact]
    public async Task LogBatch_KeysOver250_Rejected()
    {
        var info = await NewRunAsync("r");
        var key = new string('k', 251);

        var param = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.LogBatchAsync(info.RunId, [], new Dictionary<string, string> { [key] = "v" }, None));
        var tag = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.LogBatchAsync(info.RunId, [], None, new Dictionary<string, string> { [key] = "v" }));
        var metric = await Assert.ThrowsAsync<MlopsException>(() => Store.LogBatchAsync(info.RunId, [new Metric(key, 1, T0)], None, None));

        Assert.Contains("Param key", param.Message);
        Assert.Contains("Tag key", tag.Message);
        Assert.Contains("Metric name", metric.Message);
        Assert.All([param, tag, metric], e => Assert.Equal(ErrorCode.InvalidParameterValue, e.Code));
    }

    [ContractFact]
    public async Task LogBatch_TagValueOver5000_RejectedAnd5000Accepted()
    {
        var info = await NewRunAsync("r");
        await Store.LogBatchAsync(info.RunId, [], None, new Dictionary<string, string> { ["ok"] = new('v', 5000) });

        var error = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.LogBatchAsync(info.RunId, [], None, new Dictionary<string, string> { ["long"] = new('v', 5001) }));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("Tag value", error.Message);
        Assert.False((await Store.GetRunAsync(info.RunId)).Tags.ContainsKey("long"));
    }

    [ContractFact]
    public async Task CreateRun_TagValueOver5000_RejectedAndNoRunCreated()
    {
        var experimentId = await NewExperimentAsync();

        var error = await Assert.ThrowsAsync<MlopsException>(() => Store.CreateRunAsync(experimentId, "r", T0,
            new Dictionary<string, string> { ["long"] = new('v', 5001) }));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        var runs = await Store.SearchRunsAsync(new RunSearch([experimentId]));
        Assert.Empty(runs.Items);
    }

    [ContractFact]
    public async Task ExperimentTags_ValueOver5000_RejectedOnCreateAndOnSet()
    {
        var name = Unique("exp");
        var onCreate = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.CreateExperimentAsync(name, tags: new Dictionary<string, string> { ["long"] = new('v', 5001) }));
        var id = await NewExperimentAsync();

        var onSet = await Assert.ThrowsAsync<MlopsException>(() => Store.SetExperimentTagAsync(id, "long", new string('v', 5001)));

        Assert.Equal(ErrorCode.InvalidParameterValue, onCreate.Code);
        Assert.Null(await Store.GetExperimentByNameAsync(name));
        Assert.Equal(ErrorCode.InvalidParameterValue, onSet.Code);
        Assert.False((await Store.GetExperimentAsync(id)).Tags.ContainsKey("long"));
    }
}
