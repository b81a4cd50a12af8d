namespace Mlops.Monitoring.Simulation;

/// <summary>
/// What <see cref="TrafficSimulator"/> sends: <see cref="RowCount"/> requests drawn from <see cref="Rows"/> (shuffled
/// with <see cref="Seed"/>, reshuffled on each pass when more are asked than there are), shifted by <see cref="Shift"/>,
/// and for a <see cref="LabelShare"/> of them the row's original label posted <see cref="LabelDelay"/> after its answer.
/// </summary>
public sealed record TrafficPlan
{
    public required IReadOnlyList<SimulatedColumn> Columns { get; init; }

    /// <summary>Raw cells in <see cref="Columns"/> order, as in the training data.</summary>
    public required IReadOnlyList<string[]> Rows { get; init; }

    /// <summary>The true label of each of <see cref="Rows"/>.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    public int RowCount { get; init; } = 5000;

    public InputShift Shift { get; init; } = InputShift.None;

    public double LabelShare { get; init; } = 1.0;

    public TimeSpan LabelDelay { get; init; } = TimeSpan.Zero;

    public int Seed { get; init; } = 1;

    /// <summary>Requests in flight at once.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>
    /// Distinct unit keys (users) the requests come from, each request's drawn with <see cref="Seed"/> and sent as the
    /// <c>X-Mlops-Unit</c> header so an A/B test's split is sticky per unit; 0 sends none (a fresh unit per request).
    /// </summary>
    public int Units { get; init; }

    /// <summary>Labels posted per <c>POST /feedback</c>.</summary>
    public int LabelBatchSize { get; init; } = 500;
}
