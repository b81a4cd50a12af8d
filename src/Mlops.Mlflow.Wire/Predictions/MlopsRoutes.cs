namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>
/// The paths of mlops server's own API beside MLflow's (the prediction log and its labels, the alias audit trail,
/// leases),
/// shared by server and client.
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

    /// <summary>POST an <see cref="Registry.AliasMoveRequest"/>: compare-and-set with its audit entry; a write.</summary>
    public const string AliasMove = "/registered-models/alias/move";

    /// <summary>GET an <see cref="Registry.AliasHistoryResponse"/>; query name and optional alias.</summary>
    public const string AliasHistory = "/registered-models/alias/history";

    /// <summary>POST a <see cref="Coordination.LeaseRequest"/> (name, holder, duration) to take a lease; a write.</summary>
    public const string LeaseAcquire = "/leases/acquire";

    /// <summary>POST a <see cref="Coordination.LeaseRequest"/> (lease, duration) to extend a held lease; a write.</summary>
    public const string LeaseRenew = "/leases/renew";

    /// <summary>POST a <see cref="Coordination.LeaseRequest"/> (lease) to free it; a write.</summary>
    public const string LeaseRelease = "/leases/release";

    /// <summary>GET the unexpired lease on the query's name.</summary>
    public const string LeaseGet = "/leases/get";
}
