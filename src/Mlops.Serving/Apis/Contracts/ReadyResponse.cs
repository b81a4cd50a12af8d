namespace Mlops.Serving.Apis.Contracts;

/// <summary>
/// The answer of GET /ready: ready once a model is loaded; <see cref="ReloadError"/> reports a version that failed
/// to load while <see cref="Model"/> kept serving.
/// </summary>
public sealed record ReadyResponse(bool Ready, ModelReference? Model, string? ReloadError, int? FailedVersion, DateTimeOffset? LastCheckedAt);
