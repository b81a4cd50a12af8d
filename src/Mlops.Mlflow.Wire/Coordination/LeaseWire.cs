using Mlops.Core.Coordination;

namespace Mlops.Mlflow.Wire.Coordination;

/// <summary>Lease ↔ wire, shared by server and client.</summary>
public static class LeaseWire
{
    public static LeaseDto ToDto(Lease lease) =>
        new(lease.Name, lease.Holder, lease.Token, lease.AcquiredAt.ToUnixTimeMilliseconds(), lease.ExpiresAt.ToUnixTimeMilliseconds());

    public static Lease FromDto(LeaseDto dto) =>
        new(dto.Name ?? "", dto.Holder ?? "", dto.Token, DateTimeOffset.FromUnixTimeMilliseconds(dto.AcquiredAt),
            DateTimeOffset.FromUnixTimeMilliseconds(dto.ExpiresAt));
}
