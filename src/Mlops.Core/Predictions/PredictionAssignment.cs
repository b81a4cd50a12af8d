namespace Mlops.Core.Predictions;

/// <summary>
/// The A/B test a logged prediction belongs to: the test's id, the variant that made it, and whether it was a shadow
/// score (made off the request path, never returned to the caller; its prediction id is the id of the answered
/// prediction of the same request, so labels and the answer join to it).
/// </summary>
public sealed record PredictionAssignment(string TestId, string Variant, bool Shadow);
