namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>
/// The paths of mlops server's own API beside MLflow's (the prediction log and its labels), shared by server and client.
/// </summary>
public static class MlopsRoutes
{
    /// <summary>Where the routes below are mapped, as MLflow's are under /api/2.0/mlflow.</summary>
    public const string Prefix = "/api" + Api;

    /// <summary>The same routes under the prefix MLflow's web UI calls.</summary>
    public const string AjaxPrefix = "/ajax-api" + Api;

    private const string Api = "/2.0/mlops";

    /// <summary>The prediction log's routes, below each prefix.</summary>
    public const string Predictions = "/predictions";

    /// <summary>GET: <see cref="MlopsServerInfo"/>, answered also by a server without a log, so clients can probe.</summary>
    public const string ServerInfo = "/server-info";

    /// <summary>POST a <see cref="PredictionBatchDto"/>; a write.</summary>
    public const string Append = Predictions + "/append";

    /// <summary>GET one <see cref="PredictionPageDto"/>; the query's fields are query parameters.</summary>
    public const string List = Predictions + "/list";

    /// <summary>POST a <see cref="PredictionPruneRequest"/>; a write.</summary>
    public const string Prune = Predictions + "/prune";

    /// <summary>POST a <see cref="PredictionOriginsRequest"/>; a read, what a client's label check needs.</summary>
    public const string Origins = Predictions + "/origins";

    /// <summary>POST a <see cref="RecordLabelsRequest"/>; a write, checked against the logged classes.</summary>
    public const string Labels = Predictions + "/labels";

    /// <summary>POST a <see cref="LabelledQueryRequest"/>; a read.</summary>
    public const string Labelled = Predictions + "/labelled";
}
