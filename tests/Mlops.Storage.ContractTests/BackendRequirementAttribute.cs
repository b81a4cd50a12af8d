namespace Mlops.Storage.ContractTests;

/// <summary>
/// Put on a backend's test class when its tests need something outside the process (a database server, a tracking
/// server). When <see cref="SkipReason"/> is not null, every <see cref="ContractFactAttribute"/> and
/// <see cref="ContractTheoryAttribute"/> test of that class is reported as skipped with that reason.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public abstract class BackendRequirementAttribute : Attribute
{
    /// <summary>Why the backend cannot be tested on this machine, or null when it can.</summary>
    public abstract string? SkipReason { get; }
}
