using Mlops.Core.AbTesting;
using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests;

public abstract partial class AbTestStoreContract
{
    [ContractFact]
    public async Task Stop_RunningTest_StoppedWithTimeAndAStopEntry()
    {
        var started = await Store.StartAsync(Draft("stop"), "ana");

        var stopped = await Store.StopAsync(started.Name, "bo");
        var audit = await Store.ListAuditAsync(started.Name);

        Assert.Equal(AbStatus.Stopped, stopped.Status);
        Assert.True(stopped.StoppedAt > started.StartedAt);
        AssertSame(stopped, await Store.GetAsync(started.Name));
        Assert.Equal([("ana", "start"), ("bo", "stop")], audit.Select(a => (a.Actor, a.Action)));
        Assert.Equal(stopped.StoppedAt, audit[1].Time);
    }

    [ContractFact]
    public async Task Stop_NotRunning_InvalidStateAndNothingChanges()
    {
        var started = await Store.StartAsync(Draft("stop_twice"), "ana");
        var stopped = await Store.StopAsync(started.Name, "ana");

        var e = await Assert.ThrowsAsync<MlopsException>(() => Store.StopAsync(started.Name, "bo"));

        Assert.Equal(ErrorCode.InvalidState, e.Code);
        Assert.Contains("is Stopped; only a running test can be stopped", e.Message);
        AssertSame(stopped, await Store.GetAsync(started.Name));
        Assert.Equal(2, (await Store.ListAuditAsync(started.Name)).Count);
    }

    [ContractFact]
    public async Task Conclude_RunningTest_ConcludedWithItsConclusionAndEntry()
    {
        var started = await Store.StartAsync(Draft("conclude"), "ana");
        var conclusion = new AbConclusion(AbVerdict.ChallengerBetter, "challenger +3.1 points, p = 0.0004", "run-42", 2);

        var concluded = await Store.ConcludeAsync(started.Name, conclusion, "cy");
        var audit = await Store.ListAuditAsync(started.Name);

        Assert.Equal((AbStatus.Concluded, conclusion), (concluded.Status, concluded.Conclusion));
        Assert.NotNull(concluded.StoppedAt);
        AssertSame(concluded, await Store.GetAsync(started.Name));
        Assert.Null(await Store.FindRunningAsync(Model));
        Assert.Equal([("ana", "start"), ("cy", "conclude")], audit.Select(a => (a.Actor, a.Action)));
        Assert.Equal("ChallengerBetter: challenger +3.1 points, p = 0.0004; analysis in run run-42; alias moved to version 2", audit[1].Detail);
    }

    [ContractFact]
    public async Task Conclude_StoppedTest_KeepsItsStopTime()
    {
        var started = await Store.StartAsync(Draft("conclude_stopped"), "ana");
        var stopped = await Store.StopAsync(started.Name, "ana");
        var conclusion = new AbConclusion(AbVerdict.Inconclusive, "stopped before the horizon", null, null);

        var concluded = await Store.ConcludeAsync(started.Name, conclusion, "ana");

        Assert.Equal((AbStatus.Concluded, stopped.StoppedAt, conclusion), (concluded.Status, concluded.StoppedAt, concluded.Conclusion));
        Assert.Equal(["start", "stop", "conclude"], (await Store.ListAuditAsync(started.Name)).Select(a => a.Action));
    }

    [ContractFact]
    public async Task Conclude_AlreadyConcluded_InvalidStateAndFirstConclusionKept()
    {
        var started = await Store.StartAsync(Draft("conclude_twice"), "ana");
        var first = new AbConclusion(AbVerdict.ChallengerWorse, "worse", "run-1", null);
        await Store.ConcludeAsync(started.Name, first, "ana");

        var e = await Assert.ThrowsAsync<MlopsException>(() =>
            Store.ConcludeAsync(started.Name, new AbConclusion(AbVerdict.ChallengerBetter, "better", "run-2", 2), "bo"));
        var stop = await Assert.ThrowsAsync<MlopsException>(() => Store.StopAsync(started.Name, "bo"));

        Assert.Equal((ErrorCode.InvalidState, ErrorCode.InvalidState), (e.Code, stop.Code));
        Assert.Contains("already concluded (ChallengerWorse)", e.Message);
        Assert.Equal(first, (await Store.GetAsync(started.Name)).Conclusion);
    }

    [ContractFact]
    public async Task Audit_Start_DescribesVariantsAndHorizon()
    {
        var started = await Store.StartAsync(Draft("audit"), "ana");

        var entry = Assert.Single(await Store.ListAuditAsync(started.Name));

        Assert.Equal((started.StartedAt, "ana", "start"), (entry.Time, entry.Actor, entry.Action));
        Assert.Equal($"split test of model '{Model}': champion=@champion (version 1, share 0.5), challenger=@challenger (version 2, " +
            "share 0.5); metric accuracy, 3842 labelled predictions per variant", entry.Detail);
    }

    [ContractFact]
    public async Task Change_BlankActor_InvalidParameter()
    {
        var e = await Assert.ThrowsAsync<MlopsException>(() => Store.StartAsync(Draft("actor"), " "));

        Assert.Equal((ErrorCode.InvalidParameterValue, "actor: a change to an A/B test must name who made it."), (e.Code, e.Message));
    }

    [ContractFact]
    public async Task Start_TwoStoresAtOnceForOneModel_OneWinsTheOtherAlreadyExists()
    {
        var second = await OpenSecondAsync();
        for (var round = 0; round < 5; round++)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var a = StartAfterAsync(gate.Task, Store, Draft($"race_a{round}"));
            var b = StartAfterAsync(gate.Task, second, Draft($"race_b{round}"));
            gate.SetResult();
            var outcomes = await Task.WhenAll(a, b);

            var winner = Assert.Single(outcomes, o => o.Test is not null).Test!;
            Assert.Equal(ErrorCode.ResourceAlreadyExists, Assert.Single(outcomes, o => o.Error is not null).Error!.Code);
            Assert.Equal(winner.Id, (await second.FindRunningAsync(Model))?.Id);
            await Store.StopAsync(winner.Name, "ana");
        }
    }

    [ContractFact]
    public async Task Start_TwoStoresAtOnceWithOneName_OneWinsTheOtherAlreadyExists()
    {
        var second = await OpenSecondAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = StartAfterAsync(gate.Task, Store, Draft("same"));
        var b = StartAfterAsync(gate.Task, second, Draft("same") with { ModelName = Model + "_other" });
        gate.SetResult();
        var outcomes = await Task.WhenAll(a, b);

        Assert.Single(outcomes, o => o.Test is not null);
        Assert.Equal(ErrorCode.ResourceAlreadyExists, Assert.Single(outcomes, o => o.Error is not null).Error!.Code);
    }

    private static async Task<(AbTest? Test, MlopsException? Error)> StartAfterAsync(Task gate, IAbTestStore store, AbTestDraft draft)
    {
        await gate;
        try
        {
            return (await store.StartAsync(draft, "racer"), null);
        }
        catch (MlopsException e)
        {
            return (null, e);
        }
    }
}
