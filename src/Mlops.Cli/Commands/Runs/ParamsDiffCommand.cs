using Mlops.Cli.Infrastructure;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Runs;

public sealed class ParamsDiffCommand : AsyncCommand<RunPairSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RunPairSettings settings, CancellationToken cancellationToken)
    {
        var stores = StoreFactory.Open(settings.TrackingUri);
        var a = await stores.Tracking.GetRunAsync(settings.RunA, cancellationToken);
        var b = await stores.Tracking.GetRunAsync(settings.RunB, cancellationToken);
        var rows = a.Params.Keys.Union(b.Params.Keys).Order(StringComparer.Ordinal)
            .Select(k => new { Key = k, A = a.Params.GetValueOrDefault(k), B = b.Params.GetValueOrDefault(k) })
            .Where(r => settings.All || r.A != r.B)
            .ToList();
        if (settings.Json)
        {
            JsonOutput.Write(rows);
            return 0;
        }
        if (rows.Count == 0)
        {
            Console.Out.WriteLine("No param differs.");
            return 0;
        }
        var table = new Table().AddColumns("param", settings.RunA[..Math.Min(8, settings.RunA.Length)], settings.RunB[..Math.Min(8, settings.RunB.Length)]);
        foreach (var row in rows)
        {
            table.AddRow(Markup.Escape(row.Key), Markup.Escape(row.A ?? "—"), Markup.Escape(row.B ?? "—"));
        }
        AnsiConsole.Write(table);
        return 0;
    }
}
