using Mlops.Core.Predictions;

namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>The prune and labelled-query requests to and from their wire forms (a list query travels as query parameters).</summary>
public static class PredictionQueryWire
{
    public static PredictionPruneRequest ToDto(PredictionPrune p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new PredictionPruneRequest(p.OlderThan?.ToUnixTimeMilliseconds(), p.KeepNewestRows, p.ModelName, p.DryRun);
    }

    public static PredictionPrune FromDto(PredictionPruneRequest d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new PredictionPrune
        {
            OlderThan = PredictionRecordWire.Time(d.OlderThan, "older_than"), KeepNewestRows = d.KeepNewestRows, ModelName = d.ModelName,
            DryRun = d.DryRun ?? false,
        };
    }

    public static LabelledQueryRequest ToDto(LabelledQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new LabelledQueryRequest(q.ModelName, q.ModelVersion, q.Since?.ToUnixTimeMilliseconds(), q.Until?.ToUnixTimeMilliseconds(),
            q.MaxResults, q.AbTestId, q.IncludeShadow);
    }

    public static LabelledQuery FromDto(LabelledQueryRequest d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var query = new LabelledQuery
        {
            ModelName = d.ModelName, ModelVersion = d.ModelVersion, Since = PredictionRecordWire.Time(d.Since, "since"),
            Until = PredictionRecordWire.Time(d.Until, "until"), AbTestId = d.AbTestId, IncludeShadow = d.IncludeShadow ?? false,
        };
        return d.MaxResults is { } max ? query with { MaxResults = max } : query;
    }
}
