namespace Mlops.Serving.AbTesting;

/// <summary>A scoring request while an A/B test runs: the routing table it read once, its headers (the unit key) and the shadow queue.</summary>
internal sealed record AbRequest(AbRouting Routing, HttpRequest Request, ShadowQueue Shadows);
