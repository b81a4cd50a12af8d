namespace Mlops.Core.AbTesting;

/// <summary>
/// How a test was closed: the verdict, the reason in words, the tracked run that holds the analysis, and the version the
/// model's alias was moved to (null when it stayed).
/// </summary>
public sealed record AbConclusion(AbVerdict Verdict, string Reason, string? RunId, int? PromotedVersion);
