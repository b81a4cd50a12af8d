using Mlops.Storage.ContractTests.S3;

namespace Mlops.Cli.Tests.Artifacts;

/// <summary>
/// A fact skipped, with the reason, when s3rver cannot be started here, unless CI requires it
/// (xunit 2 decides skips when tests are discovered, so the check runs here).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class S3rverFactAttribute : FactAttribute
{
    public S3rverFactAttribute()
    {
        if (S3rverServer.SkipReason is { } reason)
        {
            Skip = $"S3 test skipped: {reason}; set {S3rverServer.RequireVariable}=1 to make this a failure.";
        }
    }
}
