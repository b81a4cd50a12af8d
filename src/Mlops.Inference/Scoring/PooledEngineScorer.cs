using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Mlops.Inference.Models;

namespace Mlops.Inference.Scoring;

/// <summary>
/// The general path: ML.NET prediction engines, pooled because one engine is not thread-safe. <typeparamref name="TOutput"/>
/// is the model's output row (class scores, or a regression value) and <c>copy</c> moves it into the caller's buffer.
/// </summary>
internal sealed class PooledEngineScorer<TOutput> : IRowScorer where TOutput : class, new()
{
    private readonly ObjectPool<Slot> _pool;
    private readonly Action<TOutput, Span<float>> _copy;

    public PooledEngineScorer(MLContext context, ITransformer transformer, int featureCount, Action<TOutput, Span<float>> copy)
    {
        var policy = new SlotPolicy(context, transformer, featureCount);
        _pool = new DefaultObjectPool<Slot>(policy, Environment.ProcessorCount * 4);
        _copy = copy;
    }

    public void Score(ReadOnlySpan<float> features, Span<float> probabilities)
    {
        var slot = _pool.Get();
        try
        {
            features.CopyTo(slot.Input.Features);
            slot.Engine.Predict(slot.Input, ref slot.Output);
            _copy(slot.Output, probabilities);
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

    private sealed class Slot(PredictionEngine<FeatureRow, TOutput> engine, int featureCount) : IDisposable
    {
        public PredictionEngine<FeatureRow, TOutput> Engine { get; } = engine;

        public FeatureRow Input { get; } = new() { Features = new float[featureCount] };

// A field, not a property: Predict takes the output by ref so the engine reuses its buffers.
        public TOutput Output = new();

        public void Dispose() => Engine.Dispose();
    }

    private sealed class SlotPolicy(MLContext context, ITransformer transformer, int featureCount) : PooledObjectPolicy<Slot>
    {
        public override Slot Create() => new(
            context.Model.CreatePredictionEngine<FeatureRow, TOutput>(
                transformer, ignoreMissingColumns: true, inputSchemaDefinition: FeatureRow.SchemaFor(featureCount)),
            featureCount);

        public override bool Return(Slot obj) => true;
    }
}
