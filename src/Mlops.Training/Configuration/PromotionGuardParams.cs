namespace Mlops.Training.Configuration;

/// <summary>
/// One entry of registry.guards: the champion alias never moves to a candidate whose <see cref="Metric"/> (any logged
/// metric, e.g. slices.survey_rows.accuracy) is worse than the champion's by more than <see cref="MaxDrop"/>.
/// </summary>
public sealed class PromotionGuardParams
{
    public string Metric { get; set; } = "";
    public double MaxDrop { get; set; }
    /// <summary>auto | higher | lower, as registry.direction.</summary>
    public string Direction { get; set; } = MetricDirections.Auto;
}
