using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mlops.Serving.Apis.Contracts;

/// <summary>MLflow's scoring answer: one object per row with "prediction" and a "probability_CLASS" per class.</summary>
/// <remarks><see cref="AbTest"/> and <see cref="Variant"/> only while an A/B test runs (the whole request is one unit).</remarks>
public sealed record InvocationsResponse(IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Predictions,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? AbTest = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Variant = null);
