namespace Mlops.Web.Charts;

/// <summary>A labelled point of a scatter chart (the label is a tooltip, e.g. a run name).</summary>
public sealed record ScatterPoint(ChartPoint At, string Label, string Color);
