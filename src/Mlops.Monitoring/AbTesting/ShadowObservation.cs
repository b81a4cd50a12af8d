namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// A shadow variant's scores joined on prediction id to the control's answers of the same requests: how many pairs
/// there are and in how many the two predicted different classes (needs no labels).
/// </summary>
public sealed record ShadowObservation(string Variant, long Pairs, long Disagreements);
