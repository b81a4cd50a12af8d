using System.Net.Http.Headers;
using Mlops.Core.Errors;
using Mlops.Monitoring.Simulation;
using Spectre.Console;

namespace Mlops.Cli.Commands.Simulate;

/// <summary>`mlops simulate traffic`: the workspace's rows sent to a prediction server, optionally shifted, labels fed back.</summary>
public sealed class SimulateTrafficCommand : AsyncCommand<SimulateTrafficCommand.Settings>
{
    public sealed class Settings : TrafficSettings;

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var plan = TrafficRows.Plan(settings);
        using var http = new HttpClient { BaseAddress = settings.BaseAddress(), Timeout = TimeSpan.FromSeconds(30) };
        var token = settings.Token ?? Environment.GetEnvironmentVariable("MLOPS_SERVE_TOKEN");
        if (!string.IsNullOrEmpty(token))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        TrafficReport report;
        try
        {
            report = await new TrafficSimulator(http).RunAsync(plan, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw MlopsException.Invalid($"cannot reach the prediction server at {settings.Url}: {e.Message} (start it with `mlops serve`)");
        }
        if (settings.Json)
        {
            JsonOutput.Write(report);
        }
        else
        {
            Print(report, settings);
        }
        return report.Answered > 0 ? 0 : CliApp.ExitError;
    }

    private static void Print(TrafficReport r, Settings s)
    {
        var table = new Table().AddColumns("what", "value");
        table.AddRow("rows sent", $"{r.Sent} from the {s.From} rows{(string.IsNullOrWhiteSpace(s.Drift) ? "" : $", shifted by {Markup.Escape(s.Drift)}")}");
        table.AddRow("answered", $"{r.Answered} in {r.Elapsed.TotalSeconds:0.0} s ({r.Sent / Math.Max(r.Elapsed.TotalSeconds, 1e-9):0} req/s)");
        table.AddRow("refused", r.Refused == 0 ? "0" : $"{r.Refused} ({string.Join(", ", r.RefusedByStatus.Select(p => $"{p.Value}× {p.Key}"))})");
        if (r.RequestsByVariant.Count > 0)
        {
            table.AddRow("answered per variant", Markup.Escape(string.Join(", ", r.RequestsByVariant.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {v.Value}"))) +
                (s.Units > 0 ? $" (from {s.Units} units)" : ""));
        }
        table.AddRow("accuracy of the answers", r.Accuracy is { } a ? $"{a:0.0000} (against every row's true label)" : "-");
        table.AddRow("labels posted", r.LabelsPosted.ToString());
        table.AddRow("labels accepted / replaced / rejected", $"{Count(r.LabelsAccepted)} / {Count(r.LabelsReplaced)} / {Count(r.LabelsRejected)}");
        AnsiConsole.Write(table);
        foreach (var problem in new[] { r.FirstRefusal, r.FirstFeedbackError }.OfType<string>())
        {
            Console.Out.WriteLine($"first problem: {problem}");
        }
    }

    private static string Count(int? value) => value?.ToString() ?? "?";
}
