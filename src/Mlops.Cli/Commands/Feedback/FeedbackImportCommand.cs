using System.ComponentModel;
using System.Text.Json;
using Mlops.Cli.Infrastructure;
using Mlops.Core.Errors;
using Mlops.Monitoring.Feedback;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Feedback;

/// <summary>
/// `mlops feedback import --input labels.csv`: true labels for logged predictions, checked against the classes of the
/// registered version that made each one. Exit 0 when every row was stored, <see cref="ExitRejected"/> when any was not.
/// </summary>
public sealed class FeedbackImportCommand : AsyncCommand<FeedbackImportCommand.Settings>
{
    /// <summary>The file was read and its good rows stored, but at least one row was rejected.</summary>
    public const int ExitRejected = 3;

    public sealed class Settings : ListSettings
    {
        [CommandOption("--input <CSV>")]
        [Description("CSV with the header prediction_id,label[,observed_at] (ISO 8601).")]
        public string Input { get; init; } = "";

        public override ValidationResult Validate() => string.IsNullOrWhiteSpace(Input)
            ? ValidationResult.Error("--input is required: a CSV with the header prediction_id,label[,observed_at].")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Input))
        {
            throw MlopsException.NotFound($"--input '{settings.Input}' does not exist.");
        }
        var stores = StoreFactory.Open(settings.TrackingUri);
        var feedback = stores.PredictionFeedback ?? throw MlopsException.Invalid(
            $"Tracking URI '{stores.Uri}' has no prediction log to label; use sqlite:///PATH or postgresql://USER@HOST:PORT/DB.");
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
        return summary.AllStored ? 0 : ExitRejected;
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
