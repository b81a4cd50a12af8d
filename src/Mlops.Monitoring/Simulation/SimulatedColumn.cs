namespace Mlops.Monitoring.Simulation;

/// <summary>An input column as the simulator sees it: numeric when <paramref name="Categories"/> is null.</summary>
public sealed record SimulatedColumn(string Name, IReadOnlyList<string>? Categories)
{
    public bool IsNumeric => Categories is null;
}
