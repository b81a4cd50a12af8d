using System.Text.Json.Serialization;

namespace Mlops.Inference.Features;

/// <summary>One raw input the transform expects, with what serving needs to validate it.</summary>
public sealed record InputColumnDefinition(
    string Name,
    string Type,
    IReadOnlyList<string>? Categories = null,
    double? Min = null,
    double? Max = null,
    bool Required = true)
{
    [JsonIgnore]
    public bool IsNumeric => Type == "numeric";
}
