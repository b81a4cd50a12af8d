namespace Mlops.Mlflow.Wire.Coordination;

/// <summary>A lease on the wire; times in Unix milliseconds of the server's clock.</summary>
public sealed record LeaseDto(string? Name, string? Holder, long Token, long AcquiredAt, long ExpiresAt);
