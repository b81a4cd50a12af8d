namespace Mlops.Training.Configuration;

/// <summary>What to do with a row that breaks a data rule; the values used in params.yaml under validation.</summary>
public static class ValidationPolicy
{
    public const string Fail = "fail";
    public const string Clip = "clip";
    public const string Quarantine = "quarantine";
    public const string Flag = "flag";
}
