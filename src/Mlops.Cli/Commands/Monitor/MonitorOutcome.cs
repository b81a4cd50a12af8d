using Mlops.Monitoring.Reports;

namespace Mlops.Cli.Commands.Monitor;

/// <summary>What the monitor verbs print: a report and the run it is recorded in.</summary>
public sealed record MonitorOutcome(MonitoringReport Report, string RunId)
{
    public bool Found => Report.DriftDetected || Report.PerformanceDropped;
}
