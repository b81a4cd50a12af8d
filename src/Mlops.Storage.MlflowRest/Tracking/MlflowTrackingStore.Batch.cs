using Mlops.Core.Tracking;
using Mlops.Storage.MlflowRest.Wire;

namespace Mlops.Storage.MlflowRest.Tracking;

public sealed partial class MlflowTrackingStore
{
    /// <summary>
    /// A single metric, param or tag goes to its own endpoint, whose errors name the key and values (MLflow's
    /// param-conflict message, for one); anything larger is split into log-batch requests within MLflow's limits.
    /// Atomic only when it fits one request.
    /// </summary>
    public async Task LogBatchAsync(string runId, IReadOnlyList<Metric> metrics, IReadOnlyDictionary<string, string> parameters,
        IReadOnlyDictionary<string, string> tags, CancellationToken ct = default)
    {
        switch (metrics.Count, parameters.Count, tags.Count)
        {
            case (0, 0, 0):
                return;
            case (1, 0, 0):
                var metric = metrics[0];
                await _http.SendJsonAsync(HttpMethod.Post, $"{Api}/runs/log-metric",
                    new LogMetricRequest(runId, RunUuid: null, metric.Key, metric.Value, metric.Timestamp, metric.Step), ct);
                return;
            case (0, 1, 0):
                var param = parameters.Single();
                await _http.SendJsonAsync(HttpMethod.Post, $"{Api}/runs/log-parameter",
                    new RunKeyValueRequest(runId, RunUuid: null, param.Key, param.Value), ct);
                return;
            case (0, 0, 1):
                var tag = tags.Single();
                await _http.SendJsonAsync(HttpMethod.Post, $"{Api}/runs/set-tag",
                    new RunKeyValueRequest(runId, RunUuid: null, tag.Key, tag.Value), ct);
                return;
        }
        foreach (var chunk in LogBatchChunker.Split(metrics, parameters.ToList(), tags.ToList()))
        {
            var request = new LogBatchRequest(runId,
                chunk.Metrics.Count == 0 ? null : chunk.Metrics.Select(m => m.ToDto()).ToList(),
                chunk.Params.Count == 0 ? null : chunk.Params.Select(p => new KeyValueDto(p.Key, p.Value)).ToList(),
                chunk.Tags.Count == 0 ? null : chunk.Tags.Select(t => new KeyValueDto(t.Key, t.Value)).ToList());
            await _http.SendJsonAsync(HttpMethod.Post, $"{Api}/runs/log-batch", request, ct);
        }
    }
}
