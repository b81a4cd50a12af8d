using System.Globalization;
using Mlops.Core.AbTesting;

namespace Mlops.Storage.Relational.AbTesting;

/// <summary>The details of audit entries in words, as `mlops ab status` shows them.</summary>
internal static class AbAuditText
{
    public static string Started(AbTest test)
    {
        var variants = string.Join(", ", test.Variants.Select(v =>
            string.Create(CultureInfo.InvariantCulture, $"{v.Name}={v.Reference} (version {v.Version}, share {v.Share:0.####})")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{test.Mode.ToString().ToLowerInvariant()} test of model '{test.ModelName}': {variants}; metric {test.Definition.Metric}, " +
            $"{test.Definition.RequiredPerVariant} labelled predictions per variant");
    }

    public static string Concluded(AbConclusion conclusion)
    {
        var run = conclusion.RunId is null ? "" : $"; analysis in run {conclusion.RunId}";
        var promoted = conclusion.PromotedVersion is { } version
            ? string.Create(CultureInfo.InvariantCulture, $"; alias moved to version {version}")
            : "; alias kept";
        return $"{conclusion.Verdict}: {conclusion.Reason}{run}{promoted}";
    }
}
