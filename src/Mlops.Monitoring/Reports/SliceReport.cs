namespace Mlops.Monitoring.Reports;

/// <summary>
/// One slice of a monitoring window: its predictions compared with the reference as the whole window is (drift and
/// labelled accuracy), or <see cref="Report"/> null when it holds fewer than <see cref="MinRows"/> predictions. The
/// reference is every training row, so an input the slice's filter reads drifts by construction.
/// </summary>
public sealed record SliceReport(string Name, int Rows, int MinRows, MonitoringReport? Report)
{
    public bool TooSmall => Report is null;
}
