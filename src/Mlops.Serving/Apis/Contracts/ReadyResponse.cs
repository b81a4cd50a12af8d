using System.Text.Json.Serialization;

namespace Mlops.Serving.Apis.Contracts;

/// <summary>
/// The answer of GET /ready: ready once a model is loaded; <see cref="ReloadError"/> reports a version that failed
/// to load while <see cref="Model"/> kept serving.
/// </summary>
/// <remarks><see cref="AbTest"/>: the A/B test followed (<c>running</c>) or not loaded (<c>failed</c>); absent when there is none.</remarks>
public sealed record ReadyResponse(bool Ready, ModelReference? Model, string? ReloadError, int? FailedVersion, DateTimeOffset? LastCheckedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] AbTesting.AbTestState? AbTest = null);
