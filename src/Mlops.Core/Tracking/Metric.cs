namespace Mlops.Core.Tracking;

/// <summary>One metric point; <paramref name="Timestamp"/> is Unix milliseconds.</summary>
public sealed record Metric(string Key, double Value, long Timestamp, long Step = 0);
