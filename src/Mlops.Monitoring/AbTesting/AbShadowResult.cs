namespace Mlops.Monitoring.AbTesting;

/// <summary>A shadow variant against the control's answers to the same requests: pairs, disagreements and their rate (null without pairs).</summary>
public sealed record AbShadowResult(string Variant, long Pairs, long Disagreements, double? DisagreementRate);
