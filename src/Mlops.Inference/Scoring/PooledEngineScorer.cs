using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Mlops.Inference.Models;

namespace Mlops.Inference.Scoring;

/// <summary>The general path: ML.NET prediction engines, pooled because one engine is not thread-safe.</summary>
internal sealed class PooledEngineScorer : IRowScorer
{
    private readonly ObjectPool<Slot> _pool;

    public PooledEngineScorer(MLContext context, ITransformer transformer, int featureCount)
    {
        var policy = new SlotPolicy(context, transformer, featureCount);
        _pool = new DefaultObjectPool<Slot>(policy, Environment.ProcessorCount * 4);
    }

    public void Score(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        var slot = _pool.Get();
        try
        {
            features.CopyTo(slot.Input.Features);
            slot.Engine.Predict(slot.Input, ref slot.Output);
            slot.Output.Score.AsSpan(0, probabilities.Length).CopyTo(probabilities);
        }
        finally
        {
            _pool.Return(slot);
        }
    }

    public void Dispose()
    {
        (_pool as IDisposable)?.Dispose();
    }

    private sealed class Slot(PredictionEngine<FeatureRow, ScoreRow> engine, int featureCount) : IDisposable
    {
        public PredictionEngine<FeatureRow, ScoreRow> Engine { get; } = engine;

        public FeatureRow Input { get; } = new() { Features = new float[featureCount] };

// A field, not a property: Predict takes the output by ref so the engine reuses its buffers.
        public ScoreRow Output = new();

        public void Dispose() => Engine.Dispose();
    }

    private sealed class SlotPolicy(MLContext context, ITransformer transformer, int featureCount) : PooledObjectPolicy<Slot>
    {
        public override Slot Create() => new(
            context.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(
                transformer, ignoreMissingColumns: true, inputSchemaDefinition: FeatureRow.SchemaFor(featureCount)),
            featureCount);

        public override bool Return(Slot obj) => true;
    }
}
