using Spectre.Console;

namespace Mlops.Cli.Commands.Runs;

// The lifted == decides "the same", so a NaN metric always counts as changed.
public sealed class MetricsDiffCommand() : RunDiffCommand<double?>("metric", run => run.Metrics.ToDictionary(m => m.Key, m => (double?)m.Value), (a, b) => a == b)
{
    protected override object? ToJson(IReadOnlyList<KeyDiff<double?>> rows, RunPairSettings settings) =>
        rows.Select(r => new { r.Key, r.A, r.B, Change = r.B - r.A });

    protected override string[] Columns(RunPairSettings settings) => ["metric", "A", "B", "change"];

    protected override string[] Cells(KeyDiff<double?> row) =>
        [Markup.Escape(row.Key), Format.Number(row.A), Format.Number(row.B), Format.Number(row.B - row.A)];
}
