namespace Mlops.Mlflow.Wire.Predictions;

/// <summary>Body of predictions/labelled; <paramref name="Since"/> and <paramref name="Until"/> are unix milliseconds.</summary>
public sealed record LabelledQueryRequest(
    string? ModelName,
    int? ModelVersion,
    long? Since,
    long? Until,
    int? MaxResults,
    string? AbTestId,
    bool? IncludeShadow);
