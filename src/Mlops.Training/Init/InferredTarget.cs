namespace Mlops.Training.Init;

/// <summary>
/// The target as <c>mlops init</c> inferred it: the task, the classes with their row counts (none for regression), the
/// rows without a label, and the simple baseline a model must beat.
/// </summary>
public sealed record InferredTarget(string Name, string Task, IReadOnlyList<(string Label, int Rows)> Classes, int MissingRows, string Reason)
{
    public const string Classification = "classification";
    public const string Regression = "regression";

    public bool IsRegression => Task == Regression;

    /// <summary>Distinct labelled values (the classes' count for classification).</summary>
    public int Distinct { get; init; }

    /// <summary>Regression only: the target's mean and the RMSE of always answering it.</summary>
    public (double Mean, double Rmse)? MeanBaseline { get; init; }

    /// <summary>The accuracy of always answering the most frequent class: the baseline a classifier must beat.</summary>
    public double MajorityShare => Classes.Count == 0 ? 0 : (double)Classes.Max(c => c.Rows) / Classes.Sum(c => c.Rows);
}
