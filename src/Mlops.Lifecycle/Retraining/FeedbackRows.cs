using System.Globalization;
using System.Text.Json;
using Mlops.Core.Predictions;
using Mlops.Inference.Csv;
using Mlops.Training.Configuration;
using Mlops.Training.Data;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The model's labelled predictions as raw CSV rows (inputs as served, the fed-back label as the target), oldest first,
/// checked by the pipeline's <see cref="SchemaValidator"/>: a row the pipeline would fail or quarantine is quarantined
/// here, with its reason, and never trained on.
/// </summary>
internal sealed record FeedbackRows(IReadOnlyList<string[]> Usable, IReadOnlyList<IReadOnlyList<string>> Quarantined, int Read)
{
    /// <summary>The quarantine file's extra columns before the raw ones.</summary>
    public static readonly IReadOnlyList<string> QuarantinePrefix = ["prediction_id", "prediction_time"];

    public static async Task<FeedbackRows> ReadAsync(RetrainDataRequest request, CancellationToken ct)
    {
        var p = request.Params;
        var recent = p.ContinuousTraining.Data.RecentLabels;
        var labelled = await request.Feedback.ListLabelledAsync(new LabelledQuery
        {
            ModelName = request.ModelName,
            Since = request.Since,
            MaxResults = recent > 0 ? recent : LabelledQuery.MaxLimit,
        }, ct);
        var ordered = labelled.OrderBy(l => l.Prediction.Time).ThenBy(l => l.Prediction.Id, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0)
        {
            return new FeedbackRows([], [], 0);
        }
        string[] header = [.. p.Schema.Columns.Keys, p.Data.Target];
        var rows = ordered.Select((l, i) => new CsvRow(i + 1, i + 2, [.. Cells(l.Prediction.InputsJson, p), l.Label])).ToList();
        var result = SchemaValidator.Validate(Strict(p), new CsvTable("labelled predictions", header, rows), requireTarget: true);
        var usable = new List<string[]>();
        var quarantined = new List<IReadOnlyList<string>>();
        foreach (var (row, i) in result.Rows.Select((r, i) => (r, i)))
        {
            if (!row.Quarantined)
            {
                usable.Add(row.Values);
                continue;
            }
            var prediction = ordered[i].Prediction;
            quarantined.Add([prediction.Id, prediction.Time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
                .. row.RawFields, row.Row.ToString(CultureInfo.InvariantCulture), row.QuarantineReason!]);
        }
        return new FeedbackRows(usable, quarantined, ordered.Count);
    }

    /// <summary>The schema's inputs from a logged prediction's JSON object: strings as they are, numbers as written, absent ones empty.</summary>
    private static IEnumerable<string> Cells(string inputsJson, PipelineParams p)
    {
        JsonDocument? document = null;
        try
        {
            document = JsonDocument.Parse(inputsJson);
        }
        catch (JsonException)
        {
            // Every cell empty: the validator quarantines the row as missing values.
        }
        using (document)
        {
            var root = document?.RootElement;
            return [.. p.Schema.Columns.Keys.Select(name =>
                root is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) ? Text(v) : "")];
        }
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => value.GetRawText(),
    };

    /// <summary>The pipeline's params with every `fail` policy turned into `quarantine`: one bad label must not stop a retrain.</summary>
    private static PipelineParams Strict(PipelineParams p)
    {
        static string Q(string policy) => policy == ValidationPolicy.Fail ? ValidationPolicy.Quarantine : policy;
        var v = p.Validation;
        return new PipelineParams
        {
            Data = p.Data,
            Schema = p.Schema,
            Validation = new ValidationParams
            {
                MissingColumn = Q(v.MissingColumn), MissingValue = Q(v.MissingValue), NonNumeric = Q(v.NonNumeric),
                UnknownCategory = Q(v.UnknownCategory), OutOfRange = Q(v.OutOfRange), UnknownTarget = Q(v.UnknownTarget),
                DropDuplicates = false, MaxQuarantineFraction = v.MaxQuarantineFraction,
            },
        };
    }
}
