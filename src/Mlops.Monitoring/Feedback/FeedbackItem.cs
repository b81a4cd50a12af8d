using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Feedback;

/// <summary>
/// One parsed item of a feedback body: where it was (<paramref name="Item"/> 0-based; <paramref name="Line"/> for CSV) and
/// either its label or the reason it could not be read.
/// </summary>
public sealed record FeedbackItem(int Item, int? Line, string PredictionId, PredictionLabel? Label, string? Problem = null);
