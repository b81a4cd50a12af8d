using System.Text.Json;

namespace Mlops.Serving.Apis.Contracts;

/// <summary>MLflow's scoring answer: one object per row with "prediction" and a "probability_CLASS" per class.</summary>
public sealed record InvocationsResponse(IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Predictions);
