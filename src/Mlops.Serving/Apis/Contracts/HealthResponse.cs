namespace Mlops.Serving.Apis.Contracts;

/// <summary>The answer of GET /health.</summary>
public sealed record HealthResponse(string Status);
