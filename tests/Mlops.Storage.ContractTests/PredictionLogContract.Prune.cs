using Mlops.Core.Predictions;

namespace Mlops.Storage.ContractTests;

public abstract partial class PredictionLogContract
{
    [ContractFact]
    public async Task Prune_OlderThan_DeletesWholeBatchesEndedBeforeCutoff()
    {
        await AppendMinutesAsync((0, 3), (3, 3), (6, 2));

        var result = await Log.PruneAsync(new PredictionPrune { OlderThan = Start.AddMinutes(4), ModelName = Model });

        Assert.Equal(new PredictionPruneResult(1, 3), result);
        Assert.Equal([7, 6, 5, 4, 3], await MinutesLeftAsync());
    }

    [ContractTheory]
    [InlineData(6, 1, new[] { 7, 6, 5, 4, 3 })]
    [InlineData(5, 1, new[] { 7, 6, 5, 4, 3 })]
    [InlineData(4, 2, new[] { 7, 6 })]
    [InlineData(0, 3, new int[0])]
    public async Task Prune_KeepNewestRows_AtMostThatManyLeft(long keep, long batchesDeleted, int[] left)
    {
        await AppendMinutesAsync((0, 3), (3, 3), (6, 2));

        var result = await Log.PruneAsync(new PredictionPrune { KeepNewestRows = keep, ModelName = Model });

        Assert.Equal(batchesDeleted, result.Batches);
        Assert.Equal(8 - left.Length, result.Rows);
        Assert.Equal(left, await MinutesLeftAsync());
    }

    [ContractFact]
    public async Task Prune_DryRun_CountsAndDeletesNothing()
    {
        await AppendMinutesAsync((0, 3), (3, 3), (6, 2));

        var result = await Log.PruneAsync(new PredictionPrune { OlderThan = Start.AddMinutes(6), KeepNewestRows = 7, ModelName = Model, DryRun = true });

        Assert.Equal(new PredictionPruneResult(2, 6), result);
        Assert.Equal(8, (await MinutesLeftAsync()).Count);
    }

    [ContractFact]
    public async Task Prune_NoLimit_DeletesNothing()
    {
        await AppendMinutesAsync((0, 3));

        Assert.Equal(PredictionPruneResult.None, await Log.PruneAsync(new PredictionPrune { ModelName = Model }));
        Assert.Equal(3, (await MinutesLeftAsync()).Count);
    }

    [ContractFact]
    public async Task Prune_MoreBatchesThanOneChunk_DeletesThemAll()
    {
        var batches = Relational.Predictions.PredictionPruning.ChunkBatches + 150;
        for (var i = 0; i < batches; i++)
        {
            await Log.AppendAsync(Batch(1, i, 1));
        }
        await Log.AppendAsync(Batch(1, batches + 10, 2));

        var result = await Log.PruneAsync(new PredictionPrune { OlderThan = Start.AddMinutes(batches), ModelName = Model });

        Assert.Equal(new PredictionPruneResult(batches, batches), result);
        Assert.Equal([batches + 11, batches + 10], await MinutesLeftAsync());
    }

    [ContractFact]
    public async Task Prune_ModelName_LeavesOtherModelsAlone()
    {
        var other = new PredictionBatch(new PredictionSchema(Model + "_other", 1, $"models:/{Model}_other/1",
            [new PredictionInput("Age")], ["Normal", "Obese"]));
        other.Add(Guid.CreateVersion7(), Start.ToUnixTimeMilliseconds(), [30], [0.5f, 0.5f], 0, 1);
        await Log.AppendAsync(other);
        await AppendMinutesAsync((0, 3));

        var result = await Log.PruneAsync(new PredictionPrune { KeepNewestRows = 0, ModelName = Model });

        Assert.Equal(new PredictionPruneResult(1, 3), result);
        Assert.Single((await Log.ListAsync(new PredictionQuery { ModelName = Model + "_other" })).Records);
    }

    private async Task AppendMinutesAsync(params (int First, int Rows)[] batches)
    {
        foreach (var (first, rows) in batches)
        {
            await Log.AppendAsync(Batch(1, first, rows));
        }
    }

    private async Task<List<int>> MinutesLeftAsync() =>
        [.. (await Log.ListAsync(new PredictionQuery { ModelName = Model, MaxResults = 10_000 })).Records.Select(Minute)];
}
