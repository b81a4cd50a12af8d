namespace Mlops.Inference.Scoring;

/// <summary>How per-class raw scores become probabilities, mirroring ML.NET's one-versus-all combiner.</summary>
internal enum OutputFormula
{
    /// <summary>exp(s_i) / Σ exp(s_j): multiclass LightGBM.</summary>
    Softmax,

    /// <summary>p_i = 1 / (1 + exp(a_i s_i + b_i)) (Platt), then p / Σ p: one-versus-all with calibrated binaries.</summary>
    CalibratedNormalized,

    /// <summary>The raw scores as they are.</summary>
    Raw,
}
