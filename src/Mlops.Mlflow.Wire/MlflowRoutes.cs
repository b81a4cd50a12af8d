namespace Mlops.Mlflow.Wire;

/// <summary>The path prefixes of MLflow's REST API, as the server maps them and the client calls them.</summary>
public static class MlflowRoutes
{
    public const string Api = "/api/2.0/mlflow";

    /// <summary>The same API under the prefix MLflow's web UI calls.</summary>
    public const string AjaxApi = "/ajax-api/2.0/mlflow";

    /// <summary>The artifact proxy: lists, uploads, downloads and deletes paths under the server's artifacts destination.</summary>
    public const string ArtifactsProxy = "/api/2.0/mlflow-artifacts/artifacts";
}
