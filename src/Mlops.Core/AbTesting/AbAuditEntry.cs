namespace Mlops.Core.AbTesting;

/// <summary>One change to an A/B test: when, who, what (<c>start</c>, <c>stop</c>, <c>conclude</c>) and its details in words.</summary>
public sealed record AbAuditEntry(DateTimeOffset Time, string Actor, string Action, string Detail);
