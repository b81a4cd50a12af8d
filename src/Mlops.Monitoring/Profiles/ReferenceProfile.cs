namespace Mlops.Monitoring.Profiles;

/// <summary>
/// What a model was trained and evaluated on, kept in its package (<see cref="FileName"/>) so monitoring can compare a
/// window of served predictions with it: the training distribution of every input of the model's signature and the
/// model's behaviour on the held-out rows.
/// </summary>
/// <param name="Rows">Training rows the feature profiles were computed from (before any sampling).</param>
public sealed record ReferenceProfile(
    string Format,
    long Rows,
    IReadOnlyList<FeatureProfile> Features,
    HeldOutProfile HeldOut)
{
    public const string FileName = "reference_profile.json";
    public const string CurrentFormat = "mlops.reference_profile/v1";

    /// <summary>The profile of input <paramref name="name"/>, or null when the model has no such input.</summary>
    public FeatureProfile? Feature(string name) => Features.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
