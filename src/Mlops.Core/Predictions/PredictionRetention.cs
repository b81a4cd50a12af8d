using Mlops.Core.Errors;

namespace Mlops.Core.Predictions;

/// <summary>How long and how much of the prediction log is kept; applied by a server in the background and by a prune.</summary>
public sealed record PredictionRetention(TimeSpan? MaxAge, long? MaxRows)
{
    public static PredictionRetention KeepAll { get; } = new(null, null);

    public bool KeepsAll => MaxAge is null && MaxRows is null;

    /// <summary>The prune that enforces this retention at <paramref name="now"/>.</summary>
    public PredictionPrune PruneAt(DateTimeOffset now) => new()
    {
        OlderThan = MaxAge is { } age ? now - age : null,
        KeepNewestRows = MaxRows,
    };

    public void Validate()
    {
        if (MaxAge is { } age && age <= TimeSpan.Zero)
        {
            throw MlopsException.Invalid($"prediction-log max age {age} must be positive.");
        }
        if (MaxRows is < 0)
        {
            throw MlopsException.Invalid($"prediction-log max rows {MaxRows} must not be negative.");
        }
    }
}
