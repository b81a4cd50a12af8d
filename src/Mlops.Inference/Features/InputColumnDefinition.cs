using System.Text.Json.Serialization;

namespace Mlops.Inference.Features;

/// <summary>
/// One raw input the transform expects, with what serving needs to validate it. <see cref="Impute"/> is the value (a
/// number in invariant form, or a category) a missing input is replaced by, fitted on the training rows;
/// <see cref="Other"/> the category every unlisted value maps to.
/// </summary>
public sealed record InputColumnDefinition(
    string Name,
    string Type,
    IReadOnlyList<string>? Categories = null,
    double? Min = null,
    double? Max = null,
    bool Required = true,
    string? Impute = null,
    string? Other = null)
{
    [JsonIgnore]
    public bool IsNumeric => Type == "numeric";
}
