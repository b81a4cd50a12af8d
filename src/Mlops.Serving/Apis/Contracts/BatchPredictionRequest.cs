using System.Text.Json;

namespace Mlops.Serving.Apis.Contracts;

/// <summary>The body of POST /predict/batch: records, each an object of the model's input fields.</summary>
public sealed record BatchPredictionRequest(IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Records);
