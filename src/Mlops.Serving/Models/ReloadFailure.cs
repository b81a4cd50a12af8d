namespace Mlops.Serving.Models;

/// <summary>A version the server could not resolve or load; the previous model, if any, keeps serving.</summary>
public sealed record ReloadFailure(string Uri, string? Name, int? Version, string? ArtifactPath, string Error, DateTimeOffset At);
