using Mlops.Core.AbTesting;
using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests;

/// <summary>Behaviour every <see cref="IAbTestStore"/> backend must share; each test uses a model and names of its own.</summary>
public abstract partial class AbTestStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    protected IAbTestStore Store { get; private set; } = null!;

    protected string Model { get; } = $"model_{Guid.NewGuid():N}";

    /// <summary>A store whose clock moves one second per reading.</summary>
    protected abstract Task<IAbTestStore> CreateAsync(TimeProvider time);

    /// <summary>A second store on the same database, as another process would open it.</summary>
    protected abstract Task<IAbTestStore> OpenSecondAsync();

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => Store = await CreateAsync(new SteppingTime(Start));

    Task IAsyncLifetime.DisposeAsync() => DisposeStoreAsync();

    [ContractFact]
    public async Task Start_ValidDraft_RunningAndReadBackWithEveryField()
    {
        var draft = Draft("start") with { Mode = AbMode.Shadow, Variants = [new("champion", "@champion", 3, 1), new("challenger", "4", 4, 0)],
            Description = "habits only", MinimumDetectableEffect = 0.05, Alpha = 0.01, Power = 0.9 };

        var started = await Store.StartAsync(draft, "ana");
        var read = await Store.GetAsync(draft.Name);

        Assert.Equal((AbStatus.Running, (DateTimeOffset?)null, (AbConclusion?)null), (started.Status, started.StoppedAt, started.Conclusion));
        Assert.False(string.IsNullOrWhiteSpace(started.Id));
        Assert.True(started.StartedAt > Start);
        AssertSame(started, read);
        Assert.Equal(draft, read.Definition with { Variants = draft.Variants });
        Assert.Equal("champion", read.Control.Name);
    }

    [ContractFact]
    public async Task Start_TakenName_ResourceAlreadyExistsEvenForAnotherModel()
    {
        var draft = Draft("taken");
        await Store.StartAsync(draft, "ana");
        await Store.StopAsync(draft.Name, "ana");

        var e = await Assert.ThrowsAsync<MlopsException>(() => Store.StartAsync(draft with { ModelName = Model + "_other" }, "bo"));

        Assert.Equal(ErrorCode.ResourceAlreadyExists, e.Code);
        Assert.Contains($"'{draft.Name}' already exists", e.Message);
    }

    [ContractFact]
    public async Task Start_ModelWithRunningTest_ResourceAlreadyExistsUntilItStops()
    {
        var first = await Store.StartAsync(Draft("first"), "ana");

        var e = await Assert.ThrowsAsync<MlopsException>(() => Store.StartAsync(Draft("second"), "bo"));
        await Store.StopAsync(first.Name, "ana");
        var second = await Store.StartAsync(Draft("second"), "bo");

        Assert.Equal(ErrorCode.ResourceAlreadyExists, e.Code);
        Assert.Contains($"already has a running A/B test '{first.Name}'", e.Message);
        Assert.Equal(second.Id, (await Store.FindRunningAsync(Model))?.Id);
    }

    [ContractTheory]
    [InlineData("one variant", "variants: an A/B test needs at least two variants; got 1.")]
    [InlineData("duplicate variant", "variants[1].name: the variant name 'a' is used twice.")]
    [InlineData("negative share", "variants[0].share: the share of variant 'a' is -0.5; shares must be at least 0.")]
    [InlineData("shares short of 1", "variants: the shares sum to 0.9; they must sum to 1.")]
    [InlineData("empty name", "name: an A/B test needs a name.")]
    [InlineData("empty model", "model_name: an A/B test needs a registered model.")]
    [InlineData("no horizon", "required_per_variant: 0 labelled predictions per variant; the horizon must be at least 1.")]
    public async Task Start_DraftBreakingARule_InvalidParameterNamingTheField(string broken, string message)
    {
        var draft = Draft("bad");
        draft = broken switch
        {
            "one variant" => draft with { Variants = [new("a", "@champion", 1, 1)] },
            "duplicate variant" => draft with { Variants = [new("a", "@champion", 1, 0.5), new("a", "2", 2, 0.5)] },
            "negative share" => draft with { Variants = [new("a", "@champion", 1, -0.5), new("b", "2", 2, 1.5)] },
            "shares short of 1" => draft with { Variants = [new("a", "@champion", 1, 0.45), new("b", "2", 2, 0.45)] },
            "empty name" => draft with { Name = " " },
            "empty model" => draft with { ModelName = "" },
            _ => draft with { RequiredPerVariant = 0 },
        };

        var e = await Assert.ThrowsAsync<MlopsException>(() => Store.StartAsync(draft, "ana"));

        Assert.Equal((ErrorCode.InvalidParameterValue, message), (e.Code, e.Message));
        Assert.Empty(await Store.ListAsync(Model));
    }

    [ContractFact]
    public async Task Start_SharesWithinRounding_Accepted()
    {
        var draft = Draft("thirds") with
        {
            Variants = [new("a", "@champion", 1, 1.0 / 3), new("b", "2", 2, 1.0 / 3), new("c", "3", 3, 1.0 / 3)],
        };

        var started = await Store.StartAsync(draft, "ana");

        Assert.Equal(3, started.Variants.Count);
    }

    [ContractFact]
    public async Task Missing_Name_ResourceDoesNotExistFromEveryMethod()
    {
        var name = $"missing_{Guid.NewGuid():N}";
        var conclusion = new AbConclusion(AbVerdict.Inconclusive, "no data", null, null);

        Func<Task>[] calls =
        [
            () => Store.GetAsync(name), () => Store.StopAsync(name, "ana"), () => Store.ConcludeAsync(name, conclusion, "ana"),
            () => Store.ListAuditAsync(name),
        ];

        foreach (var call in calls)
        {
            var e = await Assert.ThrowsAsync<MlopsException>(call);
            Assert.Equal((ErrorCode.ResourceDoesNotExist, $"A/B test '{name}' does not exist."), (e.Code, e.Message));
        }
    }

    [ContractFact]
    public async Task FindRunning_OnlyTheRunningTestOfThatModel()
    {
        Assert.Null(await Store.FindRunningAsync(Model));
        var running = await Store.StartAsync(Draft("running"), "ana");
        await Store.StartAsync(Draft("elsewhere") with { ModelName = Model + "_other" }, "ana");

        var found = await Store.FindRunningAsync(Model);
        await Store.StopAsync(running.Name, "ana");

        Assert.NotNull(found);
        AssertSame(running, found);
        Assert.Null(await Store.FindRunningAsync(Model));
    }

    [ContractFact]
    public async Task List_ByModel_NewestStartFirst()
    {
        var older = await Store.StartAsync(Draft("older"), "ana");
        await Store.StopAsync(older.Name, "ana");
        var newer = await Store.StartAsync(Draft("newer"), "ana");
        var other = await Store.StartAsync(Draft("other") with { ModelName = Model + "_other" }, "ana");

        var mine = await Store.ListAsync(Model);
        var all = await Store.ListAsync();

        Assert.Equal([newer.Id, older.Id], mine.Select(t => t.Id));
        Assert.Equal([AbStatus.Running, AbStatus.Stopped], mine.Select(t => t.Status));
        Assert.Contains(all, t => t.Id == other.Id);
        Assert.True(all.Count >= 3);
    }

    protected AbTestDraft Draft(string name) => new()
    {
        Name = $"{name}_{Model}",
        ModelName = Model,
        Variants = [new AbVariant("champion", "@champion", 1, 0.5), new AbVariant("challenger", "@challenger", 2, 0.5)],
        BaselineRate = 0.9,
        RequiredPerVariant = 3_842,
    };

    protected static void AssertSame(AbTest expected, AbTest actual)
    {
        Assert.Equal(expected with { Definition = actual.Definition }, actual);
        Assert.Equal(expected.Variants, actual.Variants);
        Assert.Equal(expected.Definition, actual.Definition with { Variants = expected.Variants });
    }

    /// <summary>A clock one second further on at every reading, so each change has its own time.</summary>
    private sealed class SteppingTime(DateTimeOffset start) : TimeProvider
    {
        private long readings;

        public override DateTimeOffset GetUtcNow() => start.AddSeconds(Interlocked.Increment(ref readings));
    }
}
