namespace Mlops.Mlflow.Wire.Registry;

/// <summary>One recorded alias change; <see cref="MovedAt"/> in Unix milliseconds, absent versions for "not set".</summary>
public sealed record AliasMoveDto(string? Name, string? Alias, int? FromVersion, int? ToVersion, string? Actor, string? Reason, long MovedAt);
