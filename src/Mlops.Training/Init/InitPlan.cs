namespace Mlops.Training.Init;

/// <summary>
/// Everything <c>mlops init</c> decided before writing anything: the table read, the target and the columns inferred,
/// the model name, where the data goes in the workspace, and every choice in a sentence.
/// </summary>
public sealed record InitPlan(
    InitOptions Options,
    RawCsvTable Table,
    InferredTarget Target,
    IReadOnlyList<InferredColumn> Columns,
    string ModelName,
    string DataFile,
    IReadOnlyList<string> Choices)
{
    /// <summary>The share of rows without a label, which the pipeline quarantines.</summary>
    public double UnlabelledShare => (double)Target.MissingRows / Table.Rows.Count;

    /// <summary>validation.max_quarantine_fraction: the unlabelled rows plus 5% of the rows, rounded up to a percent.</summary>
    public double MaxQuarantineFraction => Math.Min(1, Math.Ceiling((UnlabelledShare + 0.05) * 100) / 100);
}
