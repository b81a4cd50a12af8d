using Mlops.Core.Errors;
using Mlops.Storage.MlflowRest.Artifacts;

namespace Mlops.Storage.ContractTests.MlflowRest;

public sealed class ArtifactPathsTests
{
    [Theory]
    [InlineData("mlflow-artifacts:/1/abc/artifacts", "1/abc/artifacts")]
    [InlineData("mlflow-artifacts:///1/abc/artifacts/", "1/abc/artifacts")]
    [InlineData("mlflow-artifacts://other-host:5000/1/abc/artifacts", "1/abc/artifacts")]
    [InlineData("mlflow-artifacts:/", "")]
    public void ProxyRoot_UriForms_PathUnderServerRoot(string uri, string expected)
    {
        Assert.Equal(expected, ArtifactPaths.ProxyRoot(uri));
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData(".", "")]
    [InlineData("model/./data//w.bin", "model/data/w.bin")]
    [InlineData("model\\MLmodel", "model/MLmodel")]
    public void Normalize_RelativePaths_SlashSeparated(string? path, string expected)
    {
        Assert.Equal(expected, ArtifactPaths.Normalize(path));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    public void Normalize_Escaping_InvalidParameterValueNamingPath(string path)
    {
        var error = Assert.Throws<MlopsException>(() => ArtifactPaths.Normalize(path));

        Assert.Equal(ErrorCode.InvalidParameterValue, error.Code);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void EscapeSegments_SpacesAndHash_EscapedButSlashesKept()
    {
        Assert.Equal("1/a%20b/c%23d.txt", ArtifactPaths.EscapeSegments("1/a b/c#d.txt"));
    }
}
