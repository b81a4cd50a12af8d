using System.Globalization;
using Mlops.Core.Coordination;
using Mlops.Core.Errors;
using Mlops.Mlflow.Wire.Coordination;
using Mlops.Mlflow.Wire.Predictions;
using Mlops.Storage.MlflowRest.Http;

namespace Mlops.Storage.MlflowRest.Coordination;

/// <summary>
/// <see cref="ILeaseStore"/> over an `mlops server`'s lease routes: the server's store decides, on the server's clock, so
/// processes on several machines sharing the server take turns. An MLflow server has none, said on first use.
/// </summary>
internal sealed class MlopsRestLeaseStore(MlflowHttp http, MlopsServerProbe probe, string server) : ILeaseStore
{
    public async Task<Lease?> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default) =>
        await SendAsync(MlopsRoutes.LeaseAcquire, new LeaseRequest(name, holder, Milliseconds(duration), null), ct);

    public async Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        return await SendAsync(MlopsRoutes.LeaseRenew, new LeaseRequest(null, null, Milliseconds(duration), LeaseWire.ToDto(lease)), ct);
    }

    public async Task ReleaseAsync(Lease lease, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        await RequireLeasesAsync(ct);
        await http.SendJsonAsync(HttpMethod.Post, MlopsRoutes.Prefix + MlopsRoutes.LeaseRelease,
            new LeaseRequest(null, null, null, LeaseWire.ToDto(lease)), ct);
    }

    public async Task<Lease?> FindAsync(string name, CancellationToken ct = default)
    {
        await RequireLeasesAsync(ct);
        var response = await http.GetAsync<LeaseResponse>(MlopsRoutes.Prefix + MlopsRoutes.LeaseGet, [new("name", name)], ct);
        return response.Lease is { } dto ? LeaseWire.FromDto(dto) : null;
    }

    private async Task<Lease?> SendAsync(string route, LeaseRequest request, CancellationToken ct)
    {
        await RequireLeasesAsync(ct);
        var response = await http.SendJsonAsync<LeaseResponse>(HttpMethod.Post, MlopsRoutes.Prefix + route, request, ct);
        return response.Lease is { } dto ? LeaseWire.FromDto(dto) : null;
    }

    private static long Milliseconds(TimeSpan duration) =>
        duration > TimeSpan.Zero ? (long)Math.Ceiling(duration.TotalMilliseconds)
            : throw MlopsException.Invalid($"A lease's duration must be positive, not {duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.");

    private async Task RequireLeasesAsync(CancellationToken ct)
    {
        if (!(await probe.InfoAsync(ct)).Leases)
        {
            throw new MlopsException(ErrorCode.InvalidState, $"Tracking server '{server}' keeps no leases: it is an MLflow server, or an " +
                "mlops server whose backend has none. One retrain at a time needs an mlops server on SQLite or PostgreSQL, or that store itself.");
        }
    }
}
