namespace Mlops.Core.Coordination;

/// <summary>
/// A named lease held by <see cref="Holder"/> until <see cref="ExpiresAt"/>. <see cref="Token"/> grows with every
/// acquisition of the name, so a holder whose lease expired and was taken cannot renew or release the new one.
/// </summary>
public sealed record Lease(string Name, string Holder, long Token, DateTimeOffset AcquiredAt, DateTimeOffset ExpiresAt);
