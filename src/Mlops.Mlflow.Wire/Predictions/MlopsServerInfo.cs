namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>
/// Answer of server-info: what mlops server keeps besides MLflow's stores, so a client can probe before it logs. Fields
/// an older server does not send read as false.
/// </summary>
public sealed record MlopsServerInfo(bool PredictionLog, bool Labels, bool AliasHistory = false, bool Leases = false);
