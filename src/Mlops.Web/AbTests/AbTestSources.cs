using Mlops.Core.AbTesting;
using Mlops.Core.Predictions;

namespace Mlops.Web.AbTests;

/// <summary>
/// The stores the A/B pages read: the tests, and the prediction log with its labels for the analysis. A host whose
/// backend has none leaves them null and the pages say so (the nav still links the page: it explains what is missing).
/// </summary>
public sealed record AbTestSources(IAbTestStore? Tests, IPredictionLog? Log, IPredictionFeedback? Feedback)
{
    public static AbTestSources None { get; } = new(null, null, null);
}
