namespace Mlops.Cli.Commands.Ab;

/// <summary>What conclude did with the champion alias: the version it moved to (null: it stayed) and why, in words.</summary>
/// <param name="Withheld">The challenger won but the alias was not moved (it moved since the start, or the policy refused).</param>
public sealed record AbPromotionOutcome(string Alias, int? PromotedVersion, bool Withheld, string Reason);
