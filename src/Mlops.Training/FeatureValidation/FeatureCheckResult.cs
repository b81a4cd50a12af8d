using Mlops.Training.Configuration;

namespace Mlops.Training.FeatureValidation;

/// <summary>The findings of a feature validation: the first <see cref="FeatureTableValidator.MaxListedPerRule"/> of each rule
/// listed, every one counted.</summary>
public sealed class FeatureCheckResult
{
    private readonly List<FeatureFinding> listed = [];
    private readonly Dictionary<string, int> counts = new(StringComparer.Ordinal);

    public IReadOnlyList<FeatureFinding> Listed => listed;

    /// <summary>Findings per rule and severity ("no_nan_or_infinity.fail"), listed or not.</summary>
    public IReadOnlyDictionary<string, int> Counts => counts;

    public bool Failed => listed.Any(f => f.Severity == FeatureRuleSeverity.Fail);

    public bool Warned => listed.Any(f => f.Severity == FeatureRuleSeverity.Warn);

    /// <summary>passed | warned | failed.</summary>
    public string Status => Failed ? "failed" : Warned ? "warned" : "passed";

    public void Add(FeatureFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var key = $"{finding.Rule}.{finding.Severity}";
        var count = counts[key] = counts.GetValueOrDefault(key) + 1;
        if (count <= FeatureTableValidator.MaxListedPerRule)
        {
            listed.Add(finding);
        }
    }
}
