using Mlops.Core.Errors;

namespace Mlops.Monitoring.Profiles;

/// <summary>How much of the training and held-out data a profile keeps, and the seed its samples are drawn with.</summary>
public sealed record ReferenceProfileOptions
{
    public static readonly ReferenceProfileOptions Default = new();

    /// <summary>At most this many training rows are kept per numeric input (the same rows for every input).</summary>
    public int SampleRows { get; init; } = 5_000;

    /// <summary>At most this many held-out (confidence, correct?) pairs are kept.</summary>
    public int CalibrationRows { get; init; } = 5_000;

    public int Seed { get; init; } = 42;

    public void Validate()
    {
        if (SampleRows < 1 || CalibrationRows < 1)
        {
            throw MlopsException.Invalid(
                $"reference profile: sample rows ({SampleRows}) and calibration rows ({CalibrationRows}) must be at least 1");
        }
    }
}
