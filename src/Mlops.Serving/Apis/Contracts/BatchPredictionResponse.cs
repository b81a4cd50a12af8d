using System.Text.Json.Serialization;

namespace Mlops.Serving.Apis.Contracts;

/// <summary>The answer of POST /predict/batch: one result per record, in request order, and a summary.</summary>
/// <remarks><see cref="AbTest"/> and <see cref="Variant"/> only while an A/B test runs (the whole batch is one unit).</remarks>
public sealed record BatchPredictionResponse(ModelReference Model, BatchSummary Summary, IReadOnlyList<BatchPrediction> Predictions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AbTest = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Variant = null);
