namespace Mlops.Training.Evaluation;

/// <summary>
/// The evaluation of one slice of the test rows. A slice with fewer rows than evaluation.min_slice_rows is
/// <see cref="TooSmall"/>: its scores are null, so a handful of rows never reads as a figure.
/// </summary>
/// <param name="Recall">Recall per class present among the slice's true labels.</param>
/// <param name="LeakageShare">Share of the slice's rows with a near-copy in the training table.</param>
public sealed record SliceMetrics(
    string Name,
    int Rows,
    int MinRows,
    double? Accuracy,
    double? MacroF1,
    double? LeakageShare,
    IReadOnlyDictionary<string, double> Recall)
{
    public bool TooSmall => Accuracy is null;
}
