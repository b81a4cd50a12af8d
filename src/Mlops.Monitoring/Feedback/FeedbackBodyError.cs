namespace Mlops.Monitoring.Feedback;

/// <summary>Why a whole feedback body is unreadable: the field at fault (a JSON path or a CSV column) and a message naming it and the rule.</summary>
public sealed record FeedbackBodyError(string Field, string Message);
