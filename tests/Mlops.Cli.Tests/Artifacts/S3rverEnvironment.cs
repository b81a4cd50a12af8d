using Mlops.Storage.ContractTests.S3;

namespace Mlops.Cli.Tests.Artifacts;

/// <summary>The environment a user sets for an S3-compatible server: endpoint, keys, region and the download cache.</summary>
public static class S3rverEnvironment
{
    /// <summary>Variables for <paramref name="server"/>; with <paramref name="artifactRoot"/>, MLOPS_ARTIFACT_ROOT too.</summary>
    public static Dictionary<string, string> For(S3rverFixture server, string cacheFolder, string? artifactRoot = null)
    {
        var environment = new Dictionary<string, string>
        {
            ["MLOPS_S3_ENDPOINT_URL"] = server.Endpoint,
            ["AWS_ACCESS_KEY_ID"] = S3rverServer.AccessKey,
            ["AWS_SECRET_ACCESS_KEY"] = S3rverServer.SecretKey,
            ["AWS_REGION"] = "us-east-1",
            // No instance-metadata lookups on a machine that is not in AWS.
            ["AWS_EC2_METADATA_DISABLED"] = "true",
            ["MLOPS_S3_CACHE_DIR"] = cacheFolder,
        };
        if (artifactRoot is not null)
        {
            environment["MLOPS_ARTIFACT_ROOT"] = artifactRoot;
        }
        return environment;
    }
}
