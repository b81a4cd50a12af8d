namespace Mlops.Monitoring.Reports;

/// <summary>What the window held: its rule, rows, time range, rows per model version and how many of them carry a label.</summary>
public sealed record WindowSummary(
    string Selection,
    int Rows,
    DateTimeOffset? From,
    DateTimeOffset? To,
    IReadOnlyDictionary<string, long> RowsByVersion,
    int LabelledRows);
