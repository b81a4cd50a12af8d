using Mlops.Storage.MlflowRest.Artifacts;
using Mlops.Storage.MlflowRest.Coordination;
using Mlops.Storage.MlflowRest.Http;
using Mlops.Storage.MlflowRest.Predictions;
using Mlops.Storage.MlflowRest.Registry;
using Mlops.Storage.MlflowRest.Tracking;

namespace Mlops.Storage.MlflowRest;

/// <summary>
/// The MLflow interop backend (<c>--tracking-uri http(s)://...</c>): tracking, registry and artifacts over one
/// MLflow 2.x tracking server's REST API, sharing one <see cref="HttpClient"/>.
/// </summary>
public sealed class MlflowRestStore : IDisposable
{
    private readonly HttpClient? _ownedClient;
    private readonly MlflowHttp _http;

    private MlflowRestStore(MlflowHttp http, HttpClient? ownedClient, Uri baseUri)
    {
        _ownedClient = ownedClient;
        _http = http;
        BaseUri = baseUri;
        Tracking = new MlflowTrackingStore(http);
        var probe = new MlopsServerProbe(http);
        Registry = new MlflowModelRegistry(http, probe);
        Artifacts = new MlflowArtifactStore(http);
        PredictionLog = new MlopsRestPredictionLog(http, baseUri.AbsoluteUri.TrimEnd('/'), probe);
        Leases = new MlopsRestLeaseStore(http, probe, baseUri.AbsoluteUri.TrimEnd('/'));
    }

    public Uri BaseUri { get; }

    public MlflowTrackingStore Tracking { get; }

    public MlflowModelRegistry Registry { get; }

    public MlflowArtifactStore Artifacts { get; }

    /// <summary>
    /// The prediction log and labels of an `mlops server` (also its <see cref="Core.Predictions.IPredictionFeedback"/>); an
    /// MLflow server has none, which <see cref="MlopsRestPredictionLog.HasPredictionLogAsync"/> tells on first use.
    /// </summary>
    public MlopsRestPredictionLog PredictionLog { get; }

    /// <summary>The leases of an `mlops server`; an MLflow server has none, which the first use tells.</summary>
    public Core.Coordination.ILeaseStore Leases { get; }

    /// <summary>
    /// Opens the server at <paramref name="baseUri"/>. Credentials: <paramref name="token"/>, else MLFLOW_TRACKING_TOKEN
    /// (Bearer), else MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD (Basic). A given <paramref name="http"/> is
    /// used as is and not disposed.
    /// </summary>
    public static MlflowRestStore Open(Uri baseUri, HttpClient? http = null, string? token = null) =>
        Open(MlflowRestOptions.FromEnvironment(baseUri, token), http);

    public static MlflowRestStore Open(MlflowRestOptions options, HttpClient? http = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.BaseUri.IsAbsoluteUri || options.BaseUri.Scheme is not ("http" or "https"))
        {
            throw Core.Errors.MlopsException.Invalid(
                $"Invalid MLflow tracking URI '{options.BaseUri}': expected an absolute http:// or https:// URL.");
        }
        var owned = http is null ? new HttpClient() : null;
        return new MlflowRestStore(new MlflowHttp(http ?? owned!, options), owned, options.BaseUri);
    }

    /// <summary>The server's MLflow version (GET /version), a cheap check that the URL points at a tracking server.</summary>
    public async Task<string> GetServerVersionAsync(CancellationToken ct = default) =>
        (await _http.GetTextAsync("/version", ct)).Trim();

    /// <summary>True when GET /health answers OK; false when the server answers with an error or cannot be reached.</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken ct = default)
    {
        try
        {
            return (await _http.GetTextAsync("/health", ct)).Trim() == "OK";
        }
        catch (Core.Errors.MlopsException)
        {
            return false;
        }
    }

    public void Dispose() => _ownedClient?.Dispose();
}
