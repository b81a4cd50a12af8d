namespace Mlops.Serving.Models;

/// <summary>The business reading of a predicted class: Low (normal weight), Medium, High (obesity).</summary>
public static class RiskLevels
{
    public const string Low = "Low";
    public const string Medium = "Medium";
    public const string High = "High";
    public const string Unknown = "Unknown";

    public static readonly IReadOnlyList<string> All = [Low, Medium, High, Unknown];

    public static string Of(string label) => label switch
    {
        "Normal_Weight" => Low,
        "Insufficient_Weight" or "Overweight_Level_I" or "Overweight_Level_II" => Medium,
        "Obesity_Type_I" or "Obesity_Type_II" or "Obesity_Type_III" => High,
        _ => Unknown,
    };

    /// <summary>Position of a level in <see cref="All"/>.</summary>
    public static int IndexOf(string level) => level switch
    {
        Low => 0,
        Medium => 1,
        High => 2,
        _ => 3,
    };
}
