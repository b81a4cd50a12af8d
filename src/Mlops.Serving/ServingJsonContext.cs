using System.Text.Json.Serialization;
using Mlops.Serving.Apis.Contracts;

namespace Mlops.Serving;

/// <summary>Source-generated JSON for every DTO the server writes or documents: no reflection on the request path.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ModelReference))]
[JsonSerializable(typeof(PredictionResponse))]
[JsonSerializable(typeof(BatchPredictionRequest))]
[JsonSerializable(typeof(BatchPredictionResponse))]
[JsonSerializable(typeof(InvocationsResponse))]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ReadyResponse))]
[JsonSerializable(typeof(VersionResponse))]
[JsonSerializable(typeof(ModelInfoResponse))]
public sealed partial class ServingJsonContext : JsonSerializerContext;
