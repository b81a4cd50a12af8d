using Mlops.Core.Artifacts;
using Mlops.Core.Errors;

namespace Mlops.Core.Tests.Artifacts;

public sealed class ArtifactPolicyTests
{
    [Theory]
    [InlineData("..")]
    [InlineData("a/../../b")]
    [InlineData("./a")]
    [InlineData("/etc/passwd")]
    [InlineData("%2fetc/passwd")]
    [InlineData("%2e%2e/x")]
    [InlineData("%2E%2E/x")]
    [InlineData("%252e%252e/x")]
    [InlineData("%c0%ae%c0%ae/x")]
    [InlineData("%e0%80%ae%e0%80%ae/x")]
    [InlineData("a%2Fb")]
    [InlineData("a%5cb")]
    [InlineData("a\\b")]
    [InlineData("a%00b")]
    [InlineData("a\0b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a%23b")]
    [InlineData("C:/Windows")]
    [InlineData("file:/etc/passwd")]
    [InlineData("a/\uFFFD")]
    public void Segments_HostilePath_InvalidParameterValue(string path)
    {
        var error = Assert.Throws<MlopsException>(() => ArtifactPolicy.Segments(path));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains("Invalid path", error.Message);
    }

    [Fact]
    public void Segments_OverlongSegment_RefusedWithShortMessage()
    {
        var error = Assert.Throws<MlopsException>(() => ArtifactPolicy.Segments(new string('a', 300)));

        Assert.True(error.Message.Length < 300, error.Message);
    }

    [Theory]
    [InlineData("model/MLmodel", new[] { "model", "MLmodel" })]
    [InlineData("a//b/", new[] { "a", "b" })]
    [InlineData("a%20b/c", new[] { "a b", "c" })]
    [InlineData("caf%C3%A9", new[] { "café" })]
    [InlineData("", new string[0])]
    [InlineData(".", new string[0])]
    public void Segments_OrdinaryPath_DecodedOnce(string path, string[] expected)
    {
        Assert.Equal(expected, ArtifactPolicy.Segments(path));
    }

    [Theory]
    [InlineData("file:///etc#")]
    [InlineData("file:///etc?x")]
    [InlineData("file://host/etc")]
    [InlineData("file:etc")]
    [InlineData("/a/%2e%2e/etc")]
    [InlineData("/a/../etc")]
    [InlineData("http://example/a")]
    [InlineData("mlflow-artifacts:/x")]
    public void LocalFolder_NotACleanLocalLocation_InvalidParameterValue(string location)
    {
        var error = Assert.Throws<MlopsException>(() => ArtifactPolicy.LocalFolder(location));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
    }

    [Theory]
    [InlineData("file:///srv/a%20b", "/srv/a b")]
    [InlineData("file://localhost/srv/x", "/srv/x")]
    [InlineData("/srv/x/", "/srv/x/")]
    public void LocalFolder_CleanLocation_DecodedPath(string location, string expected)
    {
        Assert.Equal(expected, ArtifactPolicy.LocalFolder(location));
    }

    [Fact]
    public void RequireAllowed_OutsideConfiguredRoot_Refused()
    {
        var root = Directory.CreateTempSubdirectory("mlops-policy-").FullName;
        try
        {
            var policy = new ArtifactPolicy([root]);

            Assert.Equal(Path.Combine(root, "1"), policy.RequireAllowed(Path.Combine(root, "1"), "artifact_location"));
            Assert.Equal("s3://bucket/x", policy.RequireAllowed("s3://bucket/x", "artifact_location"));
            Assert.Throws<MlopsException>(() => policy.RequireAllowed(Path.GetDirectoryName(root)!, "artifact_location"));
            Assert.Throws<MlopsException>(() => policy.RequireAllowed(root + "-sibling", "artifact_location"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
