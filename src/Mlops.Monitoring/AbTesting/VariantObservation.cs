namespace Mlops.Monitoring.AbTesting;

/// <summary>
/// What the log holds for one variant of a test: the predictions it made (answered ones; in shadow mode, for a shadow
/// variant, its shadow scores), how many of them have a label, and how many of those it got right.
/// </summary>
public sealed record VariantObservation(string Variant, long Requests, long Labelled, long Correct);
