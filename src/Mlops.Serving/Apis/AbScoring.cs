using Mlops.Serving.AbTesting;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.Apis;

/// <summary>
/// The multi-row endpoints while an A/B test runs: a request is one unit (the <c>X-Mlops-Unit</c> header, else its
/// first row's prediction id), scored and answered whole by that unit's variant.
/// </summary>
internal static class AbScoring
{
    public static AbBatch ScoreBatch(AbRouting routing, HttpRequest request, ReadOnlySpan<double> values, int rows, TimeProvider time)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var ids = BatchScoring.NewIds(rows, now);
        var route = routing.Assign(UnitKeys.Of(request, null, ids.Length > 0 ? ids[0] : default));
        var (probabilities, predicted) = BatchScoring.Score(route.Model, values, rows);
        route.Counter?.Inc();
        return new AbBatch(route, ids, now, probabilities, predicted);
    }

    /// <summary>Logs the answered rows under the variant's assignment, then hands them to the shadows (shadow mode).</summary>
    public static async ValueTask LogAsync(PredictionLogQueue log, AbRouting routing, AbBatch scored, double[] values,
        long start, ServingOptions options, CancellationToken ct)
    {
        var model = scored.Route.Model;
        await ScoringRequest.LogRowsAsync(log, scored.Route.Schema, model.InputCount, scored.Ids, scored.UnixMilliseconds, values,
            scored.Probabilities, scored.Predicted, start, options, ct);
        routing.Shadow(scored.Ids, scored.UnixMilliseconds, values.AsSpan(0, scored.Ids.Length * model.InputCount));
    }
}
