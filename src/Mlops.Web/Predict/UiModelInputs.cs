namespace Mlops.Web.Predict;

/// <summary>What the predict form is generated from; <paramref name="Example"/> holds the input example's first row (may be empty).</summary>
public sealed record UiModelInputs(
    IReadOnlyList<UiInputField> Fields,
    IReadOnlyList<string> Classes,
    IReadOnlyDictionary<string, string> Example);
