using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Mlflow.Wire.Predictions;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Predictions;

internal static partial class PredictionsApi
{
    /// <summary>
    /// The server's own check on a label: one of the classes logged with the prediction, or a finite number for a
    /// regression model's (logged without classes). The client has checked the model's classes already; this keeps a
    /// client that skips it from storing a label no model could predict.
    /// </summary>
    private static readonly LabelCheck LoggedClassesOnly = (label, origin, _) => ValueTask.FromResult(
        origin.LoggedClasses.Count == 0
            ? RegressionLabel.Parse(label.Label) is null
                ? $"label {ErrorText.Quote(label.Label)} of prediction {label.PredictionId} is not a finite number, as a regression model's label must be"
                : null
            : origin.LoggedClasses.Contains(label.Label, StringComparer.Ordinal)
                ? null
                : $"label {ErrorText.Quote(label.Label)} is not one of the classes logged with the prediction ({string.Join(", ", origin.LoggedClasses)})");

    private static async Task OriginsAsync(HttpContext context, IPredictionFeedback feedback)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.PredictionOriginsRequest);
        var ids = request.PredictionIds ?? throw WireRequest.Missing("prediction_ids");
        var origins = await feedback.FindOriginsAsync(ids, context.RequestAborted);
        await WireResponse.WriteAsync(context, new PredictionOriginsResponse([.. origins.Select(o => o is null ? null : PredictionRecordWire.ToDto(o))]), MlflowJsonContext.Default.PredictionOriginsResponse);
    }

    private static async Task RecordLabelsAsync(HttpContext context, IPredictionFeedback feedback)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.RecordLabelsRequest);
        var labels = (request.Labels ?? throw WireRequest.Missing("labels")).Select((item, i) => PredictionLabelWire.FromDto(item)
            ?? throw MlopsException.Invalid($"labels[{i}] is null; expected {{\"prediction_id\": ..., \"label\": ...}}.")).ToList();
        var outcomes = await feedback.RecordLabelsAsync(labels, LoggedClassesOnly, context.RequestAborted);
        await WireResponse.WriteAsync(context, new RecordLabelsResponse([.. outcomes.Select(PredictionLabelWire.ToDto)]),
            MlflowJsonContext.Default.RecordLabelsResponse);
    }

    private static async Task ListLabelledAsync(HttpContext context, IPredictionFeedback feedback)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.LabelledQueryRequest);
        var labelled = await feedback.ListLabelledAsync(PredictionQueryWire.FromDto(request), context.RequestAborted);
        await WireResponse.WriteAsync(context, new LabelledPredictionsResponse([.. labelled.Select(PredictionRecordWire.ToDto)]),
            MlflowJsonContext.Default.LabelledPredictionsResponse);
    }
}
