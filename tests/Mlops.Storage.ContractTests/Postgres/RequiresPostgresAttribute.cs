namespace Mlops.Storage.ContractTests.Postgres;

/// <summary>Skips the class's contract tests, with the reason, when no PostgreSQL server can be started here.</summary>
public sealed class RequiresPostgresAttribute : BackendRequirementAttribute
{
    public override string? SkipReason => PostgresBinaries.SkipReason;
}
