namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>
/// The paths of mlops server's own API beside MLflow's (the prediction log and its labels), shared by server and client.
/// Each is also served under <c>/ajax-api/2.0/mlops</c>, as MLflow serves its routes under both prefixes.
/// </summary>
public static class MlopsRoutes
{
    public const string Prefix = "/api/2.0/mlops";
    public const string AjaxPrefix = "/ajax-api/2.0/mlops";

    public const string ServerInfo = "/server-info";
    public const string Append = "/predictions/append";
    public const string List = "/predictions/list";
    public const string Prune = "/predictions/prune";
    public const string Origins = "/predictions/origins";
    public const string Labels = "/predictions/labels";
    public const string Labelled = "/predictions/labelled";
}
