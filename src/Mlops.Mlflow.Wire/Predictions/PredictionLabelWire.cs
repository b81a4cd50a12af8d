using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Labels and their outcomes to and from their wire forms.</summary>
public static class PredictionLabelWire
{
    public static PredictionLabelDto? ToDto(PredictionLabel? l) =>
        l is null ? null : new PredictionLabelDto(l.PredictionId, l.Label, l.ObservedAt?.ToUnixTimeMilliseconds());

    /// <summary>A null item stays null (the server refuses it); missing fields stay missing, for the store to reject with its reason.</summary>
    public static PredictionLabel? FromDto(PredictionLabelDto? d) =>
        d is null ? null : new PredictionLabel(d.PredictionId!, d.Label!, PredictionRecordWire.Time(d.ObservedAt, "observed_at"));

    public static LabelOutcomeDto ToDto(LabelOutcome o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new LabelOutcomeDto(o.Index, o.PredictionId, StatusName(o.Status), o.Reason);
    }

    public static LabelOutcome FromDto(LabelOutcomeDto d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var status = d.Status switch
        {
            "accepted" => LabelStatus.Accepted,
            "replaced" => LabelStatus.Replaced,
            "rejected" => LabelStatus.Rejected,
            _ => throw new MlopsException(ErrorCode.InternalError, $"Unknown label outcome status {ErrorText.Quote(d.Status ?? "null")}."),
        };
        return new LabelOutcome(d.Index, d.PredictionId ?? "", status, d.Reason);
    }

    private static string StatusName(LabelStatus status) => status switch
    {
        LabelStatus.Accepted => "accepted",
        LabelStatus.Replaced => "replaced",
        _ => "rejected",
    };
}
