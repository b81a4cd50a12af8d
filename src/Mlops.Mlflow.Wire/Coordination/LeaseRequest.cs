namespace Mlops.Mlflow.Wire.Coordination;

/// <summary>
/// Body of the lease routes: acquire names <see cref="Name"/>, <see cref="Holder"/> and <see cref="DurationMs"/>; renew
/// sends the held <see cref="Lease"/> and <see cref="DurationMs"/>; release sends the <see cref="Lease"/>; get only the name.
/// </summary>
public sealed record LeaseRequest(string? Name, string? Holder, long? DurationMs, LeaseDto? Lease);
