using Microsoft.Extensions.Time.Testing;
using Mlops.Core.Errors;
using Mlops.Core.Features;

namespace Mlops.Storage.ContractTests;

/// <summary>Feature set versions every backend that keeps them shares: numbering per name, dedup, statistics and model links.</summary>
public abstract class FeatureSetStoreContract : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 7, 6, 0, 0, TimeSpan.Zero));

    protected IFeatureSetStore FeatureSets { get; private set; } = null!;

    /// <summary>A feature set store on a fresh database whose clock is <paramref name="time"/>.</summary>
    protected abstract Task<IFeatureSetStore> CreateAsync(TimeProvider time);

    protected virtual Task DisposeStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => FeatureSets = await CreateAsync(Time);

    Task IAsyncLifetime.DisposeAsync() => DisposeStoreAsync();

    private static string Name() => $"set_{Guid.NewGuid():N}";

    private static FeatureColumnStats Stats(double min, double max, double? ones = null) =>
        new(10, 1, min, max, (min + max) / 2, 0.5, [.. Enumerable.Range(0, 101).Select(i => min + (max - min) * i / 100.0)], ones);

    private static FeatureSetDraft Draft(string name, string transformHash = "t1", params string[] columns) =>
        new(name, [.. (columns.Length == 0 ? ["Age", "Gender=Male"] : columns).Select((c, i) =>
            new FeatureColumn(c, c.Contains('=') ? "onehot" : "numeric", Stats(i, i + 2.5, c.Contains('=') ? 0.4 : null)))],
            transformHash, "d1", 8, 2, "run-1");

    [ContractFact]
    public async Task Record_NewName_IsVersionOneWithItsColumnsAndStatistics()
    {
        var name = Name();

        var recorded = await FeatureSets.RecordAsync(Draft(name));

        Assert.True(recorded.Created);
        var found = await FeatureSets.FindAsync(new FeatureSetReference(name, 1));
        Assert.NotNull(found);
        Assert.Equal((name, 1, "t1", "d1", 8L, 2L, "run-1", Time.GetUtcNow()),
            (found.Name, found.Version, found.TransformHash, found.SourceDataHash, found.TrainRows, found.TestRows, found.RunId, found.CreatedAt));
        Assert.Equal(["Age", "Gender=Male"], found.Columns.Select(c => c.Name));
        Assert.Equal(["numeric", "onehot"], found.Columns.Select(c => c.Kind));
        var gender = found.Columns[1].Stats;
        Assert.Equal((10L, 1L, 1.0, 3.5, 2.25, 0.5, 0.4), (gender.Count, gender.NanCount, gender.Min, gender.Max, gender.Mean, gender.Std, gender.OnesShare));
        Assert.Equal(Stats(1, 3.5).Percentiles, gender.Percentiles);
        Assert.Null(found.Columns[0].Stats.OnesShare);
    }

    [ContractFact]
    public async Task Record_SameDraftTwice_KeepsOneVersion()
    {
        var name = Name();
        await FeatureSets.RecordAsync(Draft(name));

        var again = await FeatureSets.RecordAsync(Draft(name));

        Assert.False(again.Created);
        Assert.Equal(1, again.Version.Version);
        Assert.Equal(1, (await FeatureSets.FindAsync(new FeatureSetReference(name, null)))!.Version);
    }

    [ContractFact]
    public async Task Record_ChangedTransformOrColumns_NumbersTheNextVersion()
    {
        var name = Name();
        await FeatureSets.RecordAsync(Draft(name));

        var transform = await FeatureSets.RecordAsync(Draft(name, "t2"));
        var columns = await FeatureSets.RecordAsync(Draft(name, "t2", "Age"));

        Assert.Equal((2, 3), (transform.Version.Version, columns.Version.Version));
        Assert.Equal(3, (await FeatureSets.FindAsync(new FeatureSetReference(name, null)))!.Version);
    }

    [ContractFact]
    public async Task Record_NaNStatistics_ReadBackAsNaN()
    {
        var name = Name();
        var draft = new FeatureSetDraft(name, [new FeatureColumn("x", "numeric",
            new FeatureColumnStats(0, 5, double.NaN, double.NaN, double.NaN, double.NaN, [], null))], "t", "d", 5, 0, null);

        await FeatureSets.RecordAsync(draft);

        var stats = (await FeatureSets.FindAsync(new FeatureSetReference(name, 1)))!.Columns.Single().Stats;
        Assert.True(double.IsNaN(stats.Min) && double.IsNaN(stats.Mean) && double.IsNaN(stats.Std));
        Assert.Equal((0L, 5L), (stats.Count, stats.NanCount));
        Assert.Empty(stats.Percentiles);
    }

    [ContractFact]
    public async Task ListLatest_TwoNames_EachAtItsHighestVersion()
    {
        var first = Name();
        var second = Name();
        await FeatureSets.RecordAsync(Draft(first));
        await FeatureSets.RecordAsync(Draft(first, "t2"));
        await FeatureSets.RecordAsync(Draft(second));

        var latest = await FeatureSets.ListLatestAsync();

        Assert.Equal(2, latest.Single(v => v.Name == first).Version);
        Assert.Equal(1, latest.Single(v => v.Name == second).Version);
        Assert.Equal(2, latest.Single(v => v.Name == first).Columns.Count);
    }

    [ContractFact]
    public async Task Find_UnknownNameOrVersion_ReturnsNull()
    {
        var name = Name();
        await FeatureSets.RecordAsync(Draft(name));

        Assert.Null(await FeatureSets.FindAsync(new FeatureSetReference(Name(), null)));
        Assert.Null(await FeatureSets.FindAsync(new FeatureSetReference(name, 2)));
    }

    [ContractFact]
    public async Task LinkModelVersion_Twice_ListsTheModelOnce()
    {
        var name = Name();
        await FeatureSets.RecordAsync(Draft(name));
        var reference = new FeatureSetReference(name, 1);

        await FeatureSets.LinkModelVersionAsync(reference, new FeatureSetModelLink("m", 3));
        await FeatureSets.LinkModelVersionAsync(reference, new FeatureSetModelLink("m", 3));
        await FeatureSets.LinkModelVersionAsync(reference, new FeatureSetModelLink("m", 4));

        Assert.Equal([new FeatureSetModelLink("m", 3), new FeatureSetModelLink("m", 4)], (await FeatureSets.FindAsync(reference))!.Models);
    }

    [ContractFact]
    public async Task LinkModelVersion_UnknownVersion_ThrowsNotFoundNamingIt()
    {
        var name = Name();

        var error = await Assert.ThrowsAsync<MlopsException>(() =>
            FeatureSets.LinkModelVersionAsync(new FeatureSetReference(name, 7), new FeatureSetModelLink("m", 1)));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
        Assert.Contains($"{name}:7", error.Message, StringComparison.Ordinal);
    }

    [ContractFact]
    public async Task Record_DuplicateColumnName_IsRejectedNamingIt()
    {
        var error = await Assert.ThrowsAsync<MlopsException>(() => FeatureSets.RecordAsync(Draft(Name(), "t", "Age", "Age")));

        Assert.Contains("'Age'", error.Message, StringComparison.Ordinal);
    }

    [ContractFact]
    public async Task Record_ConcurrentRecorders_SameDraftOneVersionDistinctDraftsDistinctNumbers()
    {
        var same = Name();
        var distinct = Name();

        var sameResults = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => FeatureSets.RecordAsync(Draft(same)))));
        var distinctResults = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => FeatureSets.RecordAsync(Draft(distinct, $"t{i}")))));

        Assert.All(sameResults, r => Assert.Equal(1, r.Version.Version));
        Assert.Single(sameResults, r => r.Created);
        Assert.Equal([1, 2, 3, 4, 5, 6], distinctResults.Select(r => r.Version.Version).Order());
    }
}
