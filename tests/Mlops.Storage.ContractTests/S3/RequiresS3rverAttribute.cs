namespace Mlops.Storage.ContractTests.S3;

/// <summary>Skips the class's contract tests, with the reason, when no s3rver can be started here.</summary>
public sealed class RequiresS3rverAttribute : BackendRequirementAttribute
{
    public override string? SkipReason => S3rverServer.SkipReason;
}
