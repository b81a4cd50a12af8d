namespace Mlops.TrackingServer.Wire;

// Shared wire shapes. Null properties are omitted on write, which is how empty lists disappear as in MLflow.

internal sealed record WireError(string ErrorCode, string Message);

internal sealed record KeyValue(string? Key, string? Value);

internal sealed record WireMetric(string Key, double Value, long Timestamp, long Step);

internal sealed record WireHistoryMetric(string Key, string RunId, long Step, long Timestamp, double Value);

internal sealed record Empty;
