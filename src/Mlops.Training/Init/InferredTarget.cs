namespace Mlops.Training.Init;

/// <summary>The target as <c>mlops init</c> inferred it: the task, the classes with their row counts, and the rows without a label.</summary>
public sealed record InferredTarget(string Name, string Task, IReadOnlyList<(string Label, int Rows)> Classes, int MissingRows, string Reason)
{
    public const string Classification = "classification";
    public const string Regression = "regression";

    /// <summary>The accuracy of always answering the most frequent class: the baseline a model must beat.</summary>
    public double MajorityShare => (double)Classes.Max(c => c.Rows) / Classes.Sum(c => c.Rows);
}
