using System.Text.Json;
using Mlops.Core.Errors;
using Mlops.Monitoring.Feedback;
using Spectre.Console;

namespace Mlops.Cli.Commands.Feedback;

/// <summary>The work of <see cref="FeedbackImportCommand"/>: read the CSV, record it through the feedback service, print the outcome.</summary>
internal static class FeedbackImport
{
    /// <summary>Imports the file <paramref name="settings"/> names and prints the summary; returns the exit code.</summary>
    public static async Task<int> RunAsync(FeedbackImportSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Input))
        {
            throw MlopsException.NotFound($"--input '{settings.Input}' does not exist.");
        }
        var stores = StoreFactory.Open(settings.TrackingUri).WithPredictionLog(settings.PredictionLogUri);
        var feedback = stores.PredictionFeedback ?? throw MlopsException.Invalid(
            $"Tracking URI '{stores.Uri}' has no prediction log to label; give --prediction-log-uri sqlite:///PATH or " +
            "postgresql://USER@HOST:PORT/DB (the store mlops serve logged to).");
        IReadOnlyList<FeedbackItem> items;
        using (var reader = new StreamReader(settings.Input))
        {
            items = FeedbackCsv.Parse(reader, Path.GetFileName(settings.Input));
        }
        var summary = await new FeedbackService(feedback).RecordAsync(items, new PackageClasses(stores).ResolveAsync, cancellationToken);
        if (settings.Json)
        {
            using var stdout = Console.OpenStandardOutput();
            using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
            {
                summary.WriteJson(writer);
            }
            stdout.WriteByte((byte)'\n');
        }
        else
        {
            Print(summary);
        }
        return summary.AllStored ? 0 : FeedbackImportCommand.ExitRejected;
    }

    private static void Print(FeedbackSummary summary)
    {
        Console.Out.WriteLine($"{summary.Received} row(s): {summary.Accepted} accepted, {summary.Replaced} replaced, {summary.Rejected.Count} rejected.");
        if (summary.Rejected.Count == 0)
        {
            return;
        }
        var table = new Table().AddColumns("line", "prediction id", "reason");
        foreach (var r in summary.Rejected)
        {
            table.AddRow(r.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Markup.Escape(r.PredictionId), Markup.Escape(r.Reason));
        }
        AnsiConsole.Write(table);
    }
}
