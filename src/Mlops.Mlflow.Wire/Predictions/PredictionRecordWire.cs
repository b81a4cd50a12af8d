using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Records, labelled records, origins and A/B assignments to and from their wire forms.</summary>
public static class PredictionRecordWire
{
    public static PredictionRecordDto ToDto(PredictionRecord r) => new(r.Id, r.Time.ToUnixTimeMilliseconds(), r.ModelName, r.ModelVersion,
        r.ModelUri, r.InputsJson, r.Prediction, double.IsFinite(r.Confidence) ? r.Confidence : null, r.ProbabilitiesJson, r.LatencyMs,
        ToDto(r.Assignment)) { Value = r.Value };

    public static PredictionRecord FromDto(PredictionRecordDto d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new PredictionRecord(d.Id ?? "", DateTimeOffset.FromUnixTimeMilliseconds(d.Time), d.ModelName, d.ModelVersion,
            d.ModelUri ?? "", d.InputsJson ?? "{}", d.Prediction ?? "", d.Confidence ?? double.NaN, d.ProbabilitiesJson ?? "{}", d.LatencyMs)
        {
            Assignment = FromDto(d.Assignment, "assignment"),
            Value = d.Value,
        };
    }

    public static LabelledPredictionDto ToDto(LabelledPrediction l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return new LabelledPredictionDto(ToDto(l.Prediction), l.Label, l.ObservedAt?.ToUnixTimeMilliseconds(),
            l.ReceivedAt.ToUnixTimeMilliseconds(), l.UpdatedAt.ToUnixTimeMilliseconds());
    }

    public static LabelledPrediction FromDto(LabelledPredictionDto d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new LabelledPrediction(FromDto(d.Prediction ?? throw new MlopsException(ErrorCode.InternalError, "A labelled prediction came without its prediction.")),
            d.Label ?? "", Time(d.ObservedAt, "observed_at"), DateTimeOffset.FromUnixTimeMilliseconds(d.ReceivedAt),
            DateTimeOffset.FromUnixTimeMilliseconds(d.UpdatedAt));
    }

    public static PredictionOriginDto ToDto(PredictionOrigin o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new PredictionOriginDto(o.ModelName, o.ModelVersion, o.ModelUri, [.. o.LoggedClasses]);
    }

    public static PredictionOrigin FromDto(PredictionOriginDto d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new PredictionOrigin(d.ModelName, d.ModelVersion, d.ModelUri ?? "", d.LoggedClasses ?? []);
    }

    public static PredictionAssignmentDto? ToDto(PredictionAssignment? a) => a is null ? null : new(a.TestId, a.Variant, a.Shadow);

    /// <summary>Null stays null; a given assignment needs both its test id and variant (<paramref name="field"/> names it).</summary>
    public static PredictionAssignment? FromDto(PredictionAssignmentDto? a, string field) => a is null
        ? null
        : new PredictionAssignment(
            string.IsNullOrWhiteSpace(a.TestId) ? throw MlopsException.Invalid($"{field}.test_id is required when {field} is given.") : a.TestId,
            string.IsNullOrWhiteSpace(a.Variant) ? throw MlopsException.Invalid($"{field}.variant is required when {field} is given.") : a.Variant,
            a.Shadow);

    /// <summary>Unix milliseconds as a time; null stays null, a value beyond year 9999 is refused naming <paramref name="field"/>.</summary>
    public static DateTimeOffset? Time(long? unixMilliseconds, string field)
    {
        if (unixMilliseconds is not { } ms)
        {
            return null;
        }
        return ms is >= MinUnixMilliseconds and <= MaxUnixMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : throw MlopsException.Invalid($"{field} {ms} is not a time in unix milliseconds (years 0001 to 9999).");
    }

    private const long MinUnixMilliseconds = -62_135_596_800_000;
    private const long MaxUnixMilliseconds = 253_402_300_799_999;
}
