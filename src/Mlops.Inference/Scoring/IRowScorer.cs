namespace Mlops.Inference.Scoring;

/// <summary>Writes one probability per class for one feature row; implementations are thread-safe.</summary>
internal interface IRowScorer : IDisposable
{
    void Score(ReadOnlySpan<float> features, Span<float> probabilities);
}
