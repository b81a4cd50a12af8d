namespace Mlops.Lifecycle.Promotion;

/// <summary>
/// The version the champion alias points at when the decision is made, with its metrics on the evaluation set;
/// <see cref="Metrics"/> is null when that version no longer exists (deleted after the alias was read).
/// </summary>
public sealed record ChampionSnapshot(int Version, IReadOnlyDictionary<string, double>? Metrics);
