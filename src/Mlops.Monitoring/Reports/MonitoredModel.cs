namespace Mlops.Monitoring.Reports;

/// <summary>The model a report is about: the URI asked for and the version whose reference profile the window was compared with.</summary>
public sealed record MonitoredModel(string Uri, string Name, int? Version);
