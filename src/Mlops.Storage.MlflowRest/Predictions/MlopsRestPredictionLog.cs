using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Predictions;
using Mlops.Mlflow.Wire.Predictions;
using Mlops.Storage.MlflowRest.Http;

namespace Mlops.Storage.MlflowRest.Predictions;

/// <summary>
/// The prediction log and its labels of an `mlops server`, through its /api/2.0/mlops routes. The server is asked once,
/// on first use, whether it keeps them (GET server-info; an MLflow server has no such route and keeps neither), so
/// opening the store costs no call and a tracking-only command against MLflow never makes one.
/// </summary>
public sealed partial class MlopsRestPredictionLog : IPredictionLog, IPredictionFeedback
{
    private readonly MlflowHttp http;
    private readonly string server;
    private readonly MlopsServerProbe probe;

    internal MlopsRestPredictionLog(MlflowHttp http, string server, MlopsServerProbe probe)
    {
        this.http = http;
        this.server = server;
        this.probe = probe;
    }

    /// <summary>Whether the server keeps a prediction log (asked once).</summary>
    public async Task<bool> HasPredictionLogAsync(CancellationToken ct = default) => (await InfoAsync(ct)).PredictionLog;

    /// <summary>Whether the server keeps the labels of its prediction log (asked once).</summary>
    public async Task<bool> HasLabelsAsync(CancellationToken ct = default) => (await InfoAsync(ct)).Labels;

    public async Task AppendAsync(PredictionBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        await RequireLogAsync(ct);
        if (batch.Count == 0)
        {
            return;
        }
        await http.SendJsonAsync(HttpMethod.Post, MlopsRoutes.Prefix + MlopsRoutes.Append, PredictionBatchWire.ToDto(batch), ct);
    }

    public async Task<PredictionPage> ListAsync(PredictionQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await RequireLogAsync(ct);
        var page = await http.GetAsync<PredictionPageDto>(MlopsRoutes.Prefix + MlopsRoutes.List, Parameters(query), ct);
        return new PredictionPage([.. (page.Records ?? []).Select(PredictionRecordWire.FromDto)], page.NextPageToken);
    }

    public async Task<PredictionPruneResult> PruneAsync(PredictionPrune prune, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prune);
        await RequireLogAsync(ct);
        var result = await http.SendJsonAsync<PredictionPruneResponse>(HttpMethod.Post, MlopsRoutes.Prefix + MlopsRoutes.Prune,
            PredictionQueryWire.ToDto(prune), ct);
        return new PredictionPruneResult(result.Batches, result.Rows);
    }

    private static IEnumerable<KeyValuePair<string, string?>> Parameters(PredictionQuery q) =>
    [
        new("max_results", q.MaxResults.ToString(CultureInfo.InvariantCulture)),
        new("page_token", q.PageToken),
        new("model_name", q.ModelName),
        new("model_version", q.ModelVersion?.ToString(CultureInfo.InvariantCulture)),
        new("since", q.Since?.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)),
        new("oldest_first", q.OldestFirst ? "true" : null),
        new("ab_test_id", q.AbTestId),
        new("include_shadow", q.IncludeShadow ? "true" : null),
    ];

    private async Task RequireLogAsync(CancellationToken ct)
    {
        if (!await HasPredictionLogAsync(ct))
        {
            throw MlopsException.Invalid($"Tracking server '{server}' has no prediction log: it is an MLflow server, or an mlops server " +
                "whose backend keeps none. Log to a SQLite or PostgreSQL store instead (mlops: --prediction-log-uri sqlite:///PATH or " +
                "postgresql://USER@HOST:PORT/DB).");
        }
    }

    private Task<MlopsServerInfo> InfoAsync(CancellationToken ct) => probe.InfoAsync(ct);
}
