using Mlops.Core.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>
/// What `ab conclude` did: the analysis, what happened to the champion alias (null when the verdict did not call for a
/// move), and the conclusion stored with the test (null when it was not closed: inconclusive, or a dry run).
/// </summary>
public sealed record AbConcludeView(AbAnalysisView Analysis, AbPromotionOutcome? Promotion, AbConclusion? Conclusion, bool DryRun);
