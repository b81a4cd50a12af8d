namespace Mlops.TrackingServer.Runs;

/// <summary>A runs/log-batch body in the store's own types, read by <see cref="LogBatchReader"/>.</summary>
internal sealed record LogBatchBody(
    string RunId, Metric[] Metrics, Dictionary<string, string> Params, Dictionary<string, string> Tags);
