using Mlops.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Runs;

public sealed class MetricsDiffCommand : AsyncCommand<RunPairSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunPairSettings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var a = (await stores.Tracking.GetRunAsync(settings.RunA, cancellationToken)).Metrics.ToDictionary(m => m.Key, m => m.Value);
        var b = (await stores.Tracking.GetRunAsync(settings.RunB, cancellationToken)).Metrics.ToDictionary(m => m.Key, m => m.Value);
        var rows = a.Keys.Union(b.Keys).Order(StringComparer.Ordinal)
            .Select(k => new
            {
                Key = k,
                A = a.TryGetValue(k, out var va) ? va : (double?)null,
                B = b.TryGetValue(k, out var vb) ? vb : (double?)null,
            })
            .Select(r => new { r.Key, r.A, r.B, Change = r.B - r.A })
            .Where(r => settings.All || r.A != r.B)
            .ToList();
        if (settings.Json)
        {
            JsonOutput.Write(rows);
            return 0;
        }
        if (rows.Count == 0)
        {
            Console.Out.WriteLine("No metric differs.");
            return 0;
        }
        var table = new Table().AddColumns("metric", "A", "B", "change");
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(row.Key), Format.Number(row.A), Format.Number(row.B), Format.Number(row.Change));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
