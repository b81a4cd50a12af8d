namespace Mlops.Core.Tracking;

/// <summary>A dataset a run used, identified by name and content digest, as MLflow's log-inputs records it.</summary>
public sealed record Dataset(string Name, string Digest, string SourceType, string Source, string? Schema = null, string? Profile = null);
