using Mlops.Monitoring.Reports;

namespace Mlops.Serving.Monitoring;

/// <summary>What one background monitoring computation ended with: the report, or the error it failed with.</summary>
/// <param name="Version">The served version the window and profile were those of; null when no registered version was served.</param>
public sealed record MonitorOutcome(DateTimeOffset At, int? Version, MonitoringReport? Report, string? Error)
{
    public bool Succeeded => Report is not null;
}
