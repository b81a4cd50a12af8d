namespace Mlops.Mlflow.Wire.Coordination;

/// <summary>Answer of the lease routes: the lease held now (absent: none was taken, it was lost, or it is free).</summary>
public sealed record LeaseResponse(LeaseDto? Lease);
