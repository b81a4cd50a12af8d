namespace Mlops.Training.Evaluation;

/// <summary>Which test rows the evaluation scored: all of them, or a seeded stratified sample of evaluation.max_rows.</summary>
/// <param name="TestRows">Rows of the whole test table.</param>
/// <param name="MaxRows">evaluation.max_rows (0: no bound).</param>
/// <param name="Rows">Indices of the scored rows in the test table, ascending; null when every row was scored.</param>
public sealed record EvaluationSample(int TestRows, int MaxRows, int Seed, int[]? Rows)
{
    public int ScoredRows => Rows?.Length ?? TestRows;

    /// <summary>The index in the test table of scored row <paramref name="scored"/>.</summary>
    public int TestRowOf(int scored) => Rows is null ? scored : Rows[scored];
}
