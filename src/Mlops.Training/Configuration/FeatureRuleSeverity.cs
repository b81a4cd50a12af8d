namespace Mlops.Training.Configuration;

/// <summary>What a broken feature validation rule does.</summary>
public static class FeatureRuleSeverity
{
    public const string Fail = "fail";
    public const string Warn = "warn";
    public const string Off = "off";
}
