using Mlops.Artifacts.S3;
using Mlops.Core.Errors;

namespace Mlops.Storage.ContractTests.S3;

/// <summary>Settings from the environment and root parsing; no server needed.</summary>
public sealed class S3ArtifactOptionsTests
{
    private static S3ArtifactOptions From(params (string Name, string Value)[] variables) =>
        S3ArtifactOptions.FromEnvironment(name => variables.FirstOrDefault(v => v.Name == name).Value);

    [Fact]
    public void FromEnvironment_MlflowEndpointOnly_AcceptedWithPathStyle()
    {
        var options = From(("MLFLOW_S3_ENDPOINT_URL", "http://minio:9000"));

        Assert.Equal("http://minio:9000", options.ServiceUrl);
        Assert.True(options.ForcePathStyle);
    }

    [Fact]
    public void FromEnvironment_BothEndpoints_MlopsWins()
    {
        var options = From(("MLFLOW_S3_ENDPOINT_URL", "http://a:1"), ("MLOPS_S3_ENDPOINT_URL", "http://b:2"), ("AWS_REGION", "eu-west-1"));

        Assert.Equal("http://b:2", options.ServiceUrl);
        Assert.Equal("eu-west-1", options.Region);
    }

    [Fact]
    public void FromEnvironment_NoEndpoint_AwsVirtualHostedStyle()
    {
        var options = From(("AWS_DEFAULT_REGION", "eu-central-1"));

        Assert.Null(options.ServiceUrl);
        Assert.False(options.ForcePathStyle);
        Assert.Equal("eu-central-1", options.Region);
    }

    [Fact]
    public void FromEnvironment_PathStyleTurnedOff_VirtualHostedWithEndpoint()
    {
        Assert.False(From(("MLOPS_S3_ENDPOINT_URL", "http://b:2"), ("MLOPS_S3_FORCE_PATH_STYLE", "false")).ForcePathStyle);
    }

    [Theory]
    [InlineData("s3://bucket", "bucket", "")]
    [InlineData("s3://my.bucket-1/a/b/", "my.bucket-1", "a/b")]
    [InlineData("s3a://bucket/x", "bucket", "x")]
    public void Parse_Root_BucketAndPrefix(string uri, string bucket, string prefix)
    {
        Assert.Equal(new S3ArtifactRoot(bucket, prefix), S3ArtifactRoot.Parse(uri));
    }

    [Theory]
    [InlineData("s3://Upper/x")]
    [InlineData("s3://b/x")]
    [InlineData("s3://bucket/../x")]
    [InlineData("/local/folder")]
    public void Parse_BadRoot_InvalidParameterValueNamingIt(string uri)
    {
        var error = Assert.Throws<MlopsException>(() => S3ArtifactRoot.Parse(uri));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(uri, error.Message);
    }

    [Fact]
    public void Constructor_PartSmallerThanS3Minimum_Refused()
    {
        var error = Assert.Throws<MlopsException>(() => new S3ArtifactStore(new S3ArtifactOptions { ServiceUrl = "http://x:1", PartSize = 1024 }));

        Assert.Contains("5 MiB", error.Message);
    }
}
