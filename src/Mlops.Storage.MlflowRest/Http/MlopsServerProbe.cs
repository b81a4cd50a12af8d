using Mlops.Mlflow.Wire.Predictions;

namespace Mlops.Storage.MlflowRest.Http;

/// <summary>
/// What an `mlops server` keeps besides MLflow's stores, asked once (GET server-info) on first use; an MLflow server
/// answers 404, read as "nothing". A failed probe (server down) is asked again next time rather than remembered.
/// </summary>
internal sealed class MlopsServerProbe(MlflowHttp http)
{
    private static readonly MlopsServerInfo Nothing = new(false, false);
    private Task<MlopsServerInfo>? info;

    public Task<MlopsServerInfo> InfoAsync(CancellationToken ct)
    {
        var asked = info;
        if (asked is null || asked.IsFaulted || asked.IsCanceled)
        {
            asked = info = FetchAsync(ct);
        }
        return asked;
    }

    private async Task<MlopsServerInfo> FetchAsync(CancellationToken ct) =>
        await http.GetOrDefaultAsync<MlopsServerInfo>(MlopsRoutes.Prefix + MlopsRoutes.ServerInfo, ct) ?? Nothing;
}
