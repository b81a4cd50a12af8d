namespace Mlops.Core.Predictions;

/// <summary>
/// What every row of a <see cref="PredictionBatch"/> shares: the model that scored it, its inputs and its classes, and
/// the A/B test variant it was scored as (null outside a test).
/// </summary>
public sealed record PredictionSchema(
    string? ModelName,
    int? ModelVersion,
    string ModelUri,
    IReadOnlyList<PredictionInput> Inputs,
    IReadOnlyList<string> Classes)
{
    public PredictionAssignment? Assignment { get; init; }
}
