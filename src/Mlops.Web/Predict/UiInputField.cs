namespace Mlops.Web.Predict;

/// <summary>One model input: a number with optional bounds, or one of <paramref name="Categories"/>.</summary>
public sealed record UiInputField(string Name, bool Numeric, bool Required, double? Min, double? Max, IReadOnlyList<string> Categories);
