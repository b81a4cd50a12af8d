namespace Mlops.Serving.Apis.Contracts;

/// <summary>Which model answered: registry name, version and alias (null for runs:/ URIs), and the URI served.</summary>
public sealed record ModelReference(string? Name, int? Version, string? Alias, string Uri);
