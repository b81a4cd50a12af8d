using Mlops.Monitoring.Feedback;

namespace Mlops.Serving.Apis;

/// <summary>The feedback service of this server, or null when its store keeps no prediction log.</summary>
internal sealed record ServingFeedback(FeedbackService? Service);
