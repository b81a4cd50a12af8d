namespace Mlops.TrackingServer.Search;

/// <summary>One comparison of an experiment or registry filter; <see cref="IsTag"/> for <c>tags.key</c>, else an attribute.</summary>
internal sealed record Clause(bool IsTag, string Key, string Operator, string Value, bool IsNumber);
