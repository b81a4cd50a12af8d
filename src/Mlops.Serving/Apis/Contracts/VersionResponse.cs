namespace Mlops.Serving.Apis.Contracts;

/// <summary>The answer of GET /version: the server build and runtime, and the model being served.</summary>
public sealed record VersionResponse(string Service, string Version, string Runtime, ModelReference? Model);
