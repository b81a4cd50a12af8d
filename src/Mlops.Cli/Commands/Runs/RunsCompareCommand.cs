using Spectre.Console;

namespace Mlops.Cli.Commands.Runs;

public sealed class RunsCompareCommand : StoreViewCommand<RunIdsSettings, IReadOnlyList<RunView>>
{
    protected override async Task<IReadOnlyList<RunView>> LoadAsync(Stores stores, RunIdsSettings settings, CancellationToken cancellationToken)
    {
        var runs = new List<RunView>();
        foreach (var id in settings.RunIds)
        {
            runs.Add(RunView.From(await stores.Tracking.GetRunAsync(id, cancellationToken)));
        }
        return runs;
    }

    protected override void Render(IReadOnlyList<RunView> runs, RunIdsSettings settings)
    {
        var metricRows = runs.SelectMany(r => r.Metrics.Keys).Distinct().Order(StringComparer.Ordinal)
            .Select(key => (string[])[Markup.Escape(key), .. runs.Select(r => Format.Number(r.Metrics.TryGetValue(key, out var v) ? v : null))]);
        string[] trainers = ["trainer", .. runs.Select(r => Markup.Escape(r.Tags.GetValueOrDefault("trainer", "")))];
        Tables.Write(["metric", .. runs.Select(r => r.RunId[..8])], metricRows.Prepend(trainers));
    }
}
