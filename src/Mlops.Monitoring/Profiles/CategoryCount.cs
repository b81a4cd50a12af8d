namespace Mlops.Monitoring.Profiles;

/// <summary>How many reference rows hold one category.</summary>
public sealed record CategoryCount(string Value, long Count);
