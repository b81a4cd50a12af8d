using Mlops.Lifecycle.Features;
using Mlops.Monitoring.Drift;
using Spectre.Console;

namespace Mlops.Cli.Commands.Features;

/// <summary>
/// `mlops features diff A[:v] B[:v]`: columns added and removed, statistics changed beyond --tolerance, and per shared
/// column monitoring's drift test on the recorded statistics (the test named, as `monitor run` names it).
/// </summary>
public sealed class FeaturesDiffCommand : StoreViewCommand<DiffSettings, FeatureSetComparison>
{
    protected override async Task<FeatureSetComparison> LoadAsync(Stores stores, DiffSettings settings, CancellationToken cancellationToken)
    {
        var from = await FeatureSetLookup.FindAsync(stores, settings.From, cancellationToken);
        var to = await FeatureSetLookup.FindAsync(stores, settings.To, cancellationToken);
        return FeatureSetDiff.Compare(from, to, settings.Tolerance);
    }

    protected override object? ToJson(FeatureSetComparison view, DiffSettings settings) => new
    {
        From = view.From.Reference.ToString(),
        To = view.To.Reference.ToString(),
        view.Added,
        view.Removed,
        view.Tolerance,
        Drifted = view.DriftedCount,
        Columns = view.Shared.Select(c => new
        {
            c.Column,
            Changed = c.ChangedStatistics,
            Test = c.Drift is { } d ? DriftTestNames.Name(d.Test) : null,
            c.Drift?.Score,
            c.Drift?.Threshold,
            Drift = c.Drift?.Detected,
        }),
    };

    protected override void Render(FeatureSetComparison view, DiffSettings settings)
    {
        AnsiConsole.MarkupLine($"{Markup.Escape(view.From.Reference.ToString())} -> {Markup.Escape(view.To.Reference.ToString())}");
        AnsiConsole.MarkupLine($"removed: {Names(view.Removed)}");
        AnsiConsole.MarkupLine($"added: {Names(view.Added)}");
        Tables.Write(["column", "changed (beyond tolerance)", "drift test", "score", "threshold", "drift"], view.Shared.Select(c => new[]
        {
            Markup.Escape(c.Column), Markup.Escape(string.Join("; ", c.ChangedStatistics)),
            c.Drift is { } d ? DriftTestNames.Name(d.Test) : "(no values)", Format.Number(c.Drift?.Score), Format.Number(c.Drift?.Threshold),
            c.Drift is null ? "" : c.Drift.Detected ? "[red]yes[/]" : "no",
        }));
        AnsiConsole.MarkupLine($"{view.DriftedCount} of {view.Shared.Count} shared columns drifted (drift tests on the recorded percentiles " +
            "and shares, monitoring.drift's default rules).");
    }

    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "(none)" : Markup.Escape(string.Join(", ", names));
}
