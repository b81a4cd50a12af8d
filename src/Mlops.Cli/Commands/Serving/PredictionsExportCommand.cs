using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Mlops.Cli.Infrastructure;
using Mlops.Core.Predictions;
using Mlops.Training.Data;
using Spectre.Console.Cli;

namespace Mlops.Cli.Commands.Serving;

public sealed class PredictionsExportCommand : AsyncCommand<PredictionsExportCommand.Settings>
{
    private static readonly string[] Fixed = ["prediction_id", "timestamp", "model_name", "model_version", "model_uri", "prediction", "confidence", "latency_ms"];

    public sealed class Settings : StoreSettings
    {
        [CommandOption("--output <CSV>")]
        [Description("CSV to write: one row per prediction, oldest first, inputs and per-class probabilities as columns.")]
        public string Output { get; init; } = "";

        [CommandOption("--model-name <NAME>")]
        public string? ModelName { get; init; }

        [CommandOption("--model-version <N>")]
        public int? ModelVersion { get; init; }

        [CommandOption("--since <TIME>")]
        [Description("Only predictions at or after this UTC time (ISO 8601).")]
        public DateTimeOffset? Since { get; init; }

        public override Spectre.Console.ValidationResult Validate() => string.IsNullOrWhiteSpace(Output)
            ? Spectre.Console.ValidationResult.Error("--output is required.")
            : Spectre.Console.ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var log = PredictionLogs.Open(settings.TrackingUri);
        var rows = new List<(PredictionRecord Record, Dictionary<string, string> Values)>();
        var inputColumns = new List<string>();
        var probabilityColumns = new List<string>();
        string? token = null;
        do
        {
            var page = await log.ListAsync(new PredictionQuery
            {
                MaxResults = 10_000, PageToken = token, OldestFirst = true,
                ModelName = settings.ModelName, ModelVersion = settings.ModelVersion, Since = settings.Since,
            }, cancellationToken);
            foreach (var record in page.Records)
            {
                var values = new Dictionary<string, string>();
                Flatten(record.InputsJson, "", values, inputColumns);
                Flatten(record.ProbabilitiesJson, "probability_", values, probabilityColumns);
                rows.Add((record, values));
            }
            token = page.NextPageToken;
        }
        while (token is not null);

        string[] header = [.. Fixed, .. inputColumns, .. probabilityColumns];
        CsvWriter.WriteFile(settings.Output, header, rows.Select(row => (IReadOnlyList<string>)[
            row.Record.Id,
            row.Record.Time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            row.Record.ModelName ?? "",
            row.Record.ModelVersion?.ToString(CultureInfo.InvariantCulture) ?? "",
            row.Record.ModelUri,
            row.Record.Prediction,
            row.Record.Confidence.ToString("R", CultureInfo.InvariantCulture),
            row.Record.LatencyMs.ToString("R", CultureInfo.InvariantCulture),
            .. header[Fixed.Length..].Select(c => row.Values.GetValueOrDefault(c, "")),
        ]));
        Console.Out.WriteLine($"Exported {rows.Count} prediction(s) -> {settings.Output}");
        return 0;
    }

    private static void Flatten(string json, string prefix, Dictionary<string, string> values, List<string> columns)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var column = prefix + property.Name;
            if (!values.ContainsKey(column) && !columns.Contains(column))
            {
                columns.Add(column);
            }
            values[column] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => "",
                JsonValueKind.String => property.Value.GetString()!,
                _ => property.Value.GetRawText(),
            };
        }
    }
}
