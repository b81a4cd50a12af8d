using System.Globalization;
using System.Text.Json;
using Mlops.Core.Predictions;
using Mlops.Training.Data;

namespace Mlops.Cli.Commands.Serving;

public sealed class PredictionsExportCommand : StoreCommand<PredictionsExportCommand.Settings>
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

        public override Spectre.Console.ValidationResult Validate() => RequiredOptions.Check("--output is required.", Output);
    }

    /// <summary>
    /// Two passes over the log, so memory stays flat however long it is: the first collects the input and probability
    /// columns (models differ) and counts the rows, the second writes that many rows (oldest first, so predictions a
    /// running server appends meanwhile come after them and are left out) as each page is read.
    /// </summary>
    protected override async Task<int> RunAsync(Stores stores, Settings settings, CancellationToken cancellationToken)
    {
        var log = PredictionLogs.Of(stores);
        var inputColumns = new List<string>();
        var probabilityColumns = new List<string>();
        var values = new Dictionary<string, string>();
        var total = 0;
        await foreach (var record in ReadAsync(log, settings, cancellationToken))
        {
            Flatten(record.InputsJson, "", values, inputColumns);
            Flatten(record.ProbabilitiesJson, "probability_", values, probabilityColumns);
            values.Clear();
            total++;
        }

        string[] header = [.. Fixed, .. inputColumns, .. probabilityColumns];
        var count = 0;
        using (var writer = CsvWriter.Open(settings.Output, header))
        {
            var fields = new string[header.Length];
            await foreach (var record in ReadAsync(log, settings, cancellationToken))
            {
                if (count == total)
                {
                    break;
                }
                values.Clear();
                Flatten(record.InputsJson, "", values, null);
                Flatten(record.ProbabilitiesJson, "probability_", values, null);
                fields[0] = record.Id;
                fields[1] = record.Time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                fields[2] = record.ModelName ?? "";
                fields[3] = record.ModelVersion?.ToString(CultureInfo.InvariantCulture) ?? "";
                fields[4] = record.ModelUri;
                fields[5] = record.Prediction;
                fields[6] = record.Confidence.ToString("R", CultureInfo.InvariantCulture);
                fields[7] = record.LatencyMs.ToString("R", CultureInfo.InvariantCulture);
                for (var c = Fixed.Length; c < header.Length; c++)
                {
                    fields[c] = values.GetValueOrDefault(header[c], "");
                }
                writer.WriteLine(CsvWriter.FormatLine(fields));
                count++;
            }
        }
        Console.Out.WriteLine($"Exported {count} prediction(s) -> {settings.Output}");
        return 0;
    }

    private static async IAsyncEnumerable<PredictionRecord> ReadAsync(IPredictionLog log, Settings settings,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? token = null;
        do
        {
            var page = await log.ListAsync(new PredictionQuery
            {
                MaxResults = 10_000, PageToken = token, OldestFirst = true,
                ModelName = settings.ModelName, ModelVersion = settings.ModelVersion, Since = settings.Since,
            }, ct);
            foreach (var record in page.Records)
            {
                yield return record;
            }
            token = page.NextPageToken;
        }
        while (token is not null);
    }

    private static void Flatten(string json, string prefix, Dictionary<string, string> values, List<string>? columns)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            var column = prefix + property.Name;
            if (columns is not null && !values.ContainsKey(column) && !columns.Contains(column))
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
