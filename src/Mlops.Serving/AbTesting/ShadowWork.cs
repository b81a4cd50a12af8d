namespace Mlops.Serving.AbTesting;

/// <summary>One answered request's parsed rows for the shadow variants: <see cref="Values"/> is pooled (returned once scored).</summary>
internal sealed record ShadowWork(AbRouting Routing, Guid[] Ids, long UnixMilliseconds, double[] Values);
