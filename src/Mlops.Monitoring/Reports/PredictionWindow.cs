namespace Mlops.Monitoring.Reports;

/// <summary>The predictions of one window as columns: one entry per record in every list, newest record first.</summary>
public sealed record PredictionWindow(
    IReadOnlyList<WindowColumn> Inputs,
    IReadOnlyList<string> Ids,
    IReadOnlyList<string> Predicted,
    double[] Confidences,
    IReadOnlyDictionary<int, long> RowsByVersion,
    DateTimeOffset? From,
    DateTimeOffset? To)
{
    public int Rows => Ids.Count;

    /// <summary>A regression model's predicted value per record (NaN where unknown); empty for a classifier.</summary>
    public IReadOnlyList<double> Values { get; init; } = [];

    /// <summary>The window of each slice of <see cref="MonitoringOptions.Slices"/>, by name (empty without slices).</summary>
    public IReadOnlyDictionary<string, PredictionWindow> Slices { get; init; } = new Dictionary<string, PredictionWindow>();
}
