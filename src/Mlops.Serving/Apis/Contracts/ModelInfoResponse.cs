namespace Mlops.Serving.Apis.Contracts;

/// <summary>The answer of GET /model/info.</summary>
public sealed record ModelInfoResponse(
    ModelReference Model,
    string? Stage,
    string? RunId,
    string ArtifactUri,
    IReadOnlyList<SignatureColumn> Inputs,
    IReadOnlyList<SignatureColumn> Outputs,
    IReadOnlyList<string> Classes,
    string TransformHash,
    string Scorer,
    DateTimeOffset LoadedAt,
    string? ReloadError,
    int? FailedVersion,
    DateTimeOffset? LastCheckedAt);
