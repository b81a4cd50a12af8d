using System.Globalization;
using System.Text.Json;
using Mlops.Core.Predictions;
using Spectre.Console;

namespace Mlops.Cli.Commands.Serving;

public sealed class PredictionsListCommand : StoreViewCommand<PredictionsListCommand.Settings, PredictionPage>
{
    public sealed class Settings : ListSettings
    {
        [CommandOption("--model-name <NAME>")]
        public string? ModelName { get; init; }

        [CommandOption("--model-version <N>")]
        public int? ModelVersion { get; init; }

        [CommandOption("--max <N>")]
        [Description("Records per page (default 20), newest first.")]
        public int Max { get; init; } = 20;

        [CommandOption("--page-token <TOKEN>")]
        [Description("Continue after the page that printed this token.")]
        public string? PageToken { get; init; }
    }

    protected override Task<PredictionPage> LoadAsync(Stores stores, Settings settings, CancellationToken cancellationToken) =>
        PredictionLogs.Of(stores).ListAsync(new PredictionQuery
        {
            MaxResults = settings.Max,
            PageToken = settings.PageToken,
            ModelName = settings.ModelName,
            ModelVersion = settings.ModelVersion,
        }, cancellationToken);

    protected override object? ToJson(PredictionPage page, Settings settings) => new
    {
        predictions = page.Records.Select(r => new
        {
            r.Id, r.Time, r.ModelName, r.ModelVersion, r.ModelUri, r.Prediction, r.Confidence, r.LatencyMs,
            Inputs = JsonDocument.Parse(r.InputsJson).RootElement,
            Probabilities = JsonDocument.Parse(r.ProbabilitiesJson).RootElement,
        }),
        next_page_token = page.NextPageToken,
    };

    protected override void Render(PredictionPage page, Settings settings)
    {
        Tables.Write(["time (UTC)", "prediction id", "model", "prediction", "confidence", "latency ms"], page.Records.Select(r => new[]
        {
            r.Time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture), r.Id,
            Markup.Escape(r.ModelName is null ? r.ModelUri : $"{r.ModelName} v{r.ModelVersion}"), Markup.Escape(r.Prediction),
            r.Confidence.ToString("0.000", CultureInfo.InvariantCulture), r.LatencyMs.ToString("0.000", CultureInfo.InvariantCulture),
        }));
        if (page.NextPageToken is { } token)
        {
            Console.Out.WriteLine($"More: --page-token {token}");
        }
    }
}
