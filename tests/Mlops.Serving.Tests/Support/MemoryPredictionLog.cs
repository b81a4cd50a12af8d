using System.Collections.Concurrent;
using Mlops.Core.Predictions;

namespace Mlops.Serving.Tests.Support;

/// <summary>A prediction log that keeps every appended record, A/B assignment included.</summary>
public sealed class MemoryPredictionLog : IPredictionLog
{
    public ConcurrentBag<PredictionRecord> Records { get; } = [];

    public Task AppendAsync(PredictionBatch batch, CancellationToken ct = default)
    {
        foreach (var r in batch.AsRecords())
        {
            Records.Add(r);
        }
        return Task.CompletedTask;
    }

    public Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default) =>
        Task.FromResult(new PredictionPage([.. Records], null));

    public Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default) =>
        Task.FromResult(PredictionPruneResult.None);
}
