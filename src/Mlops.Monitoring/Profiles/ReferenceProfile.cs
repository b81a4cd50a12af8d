namespace Mlops.Monitoring.Profiles;

/// <summary>
/// What a model was trained and evaluated on, kept in its package (<see cref="FileName"/>) so monitoring can compare a
/// window of served predictions with it: the training distribution of every input of the model's signature and the
/// model's behaviour on the held-out rows (<see cref="HeldOut"/> for a classifier, <see cref="Regression"/> for a
/// regression model, the other null).
/// </summary>
/// <param name="Rows">Training rows the feature profiles were computed from (before any sampling).</param>
public sealed record ReferenceProfile(
    string Format,
    long Rows,
    IReadOnlyList<FeatureProfile> Features,
    HeldOutProfile? HeldOut)
{
    /// <summary>The held-out behaviour of a regression model; left out of the file for a classifier.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public RegressionHeldOut? Regression { get; init; }

    public const string FileName = "reference_profile.json";
    public const string CurrentFormat = "mlops.reference_profile/v1";

    /// <summary>The profile of input <paramref name="name"/>, or null when the model has no such input.</summary>
    public FeatureProfile? Feature(string name) => Features.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
