namespace Mlops.Monitoring.Feedback;

/// <summary>An item that stored nothing: its position in the body (CSV: its line too), its id as sent and why.</summary>
public sealed record FeedbackRejection(int Item, int? Line, string PredictionId, string Reason);
