namespace Mlops.Training.Configuration;

/// <summary>What the prediction server adds to a predicted class; carried in the model package, not in server code.</summary>
public sealed class ServingParams
{
    /// <summary>
    /// Business level of each target class (class → level), returned as risk_level. Empty: the model has no risk
    /// levels. When set it names every class of schema.target_classes and no other.
    /// </summary>
    public Dictionary<string, string> RiskLevels { get; set; } = [];
}
