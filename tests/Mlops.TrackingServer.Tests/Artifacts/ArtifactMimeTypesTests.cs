using Mlops.TrackingServer.Artifacts;

namespace Mlops.TrackingServer.Tests.Artifacts;

/// <summary>Expected types from MLflow 2.10.2's tests/tracking/test_mlflow_artifacts.py (test_mime_type_for_download_artifacts_api).</summary>
public sealed class ArtifactMimeTypesTests
{
    [Theory]
    [InlineData("a.txt", "text/plain")]
    [InlineData("b.pkl", "application/octet-stream")]
    [InlineData("c.png", "image/png")]
    [InlineData("d.pdf", "application/pdf")]
    [InlineData("MLmodel", "text/plain")]
    [InlineData("mlproject", "text/plain")]
    [InlineData("dir/conda.yaml", "text/plain")]
    [InlineData("report.html", "text/html")]
    [InlineData("no_extension", "application/octet-stream")]
    public void For_FileName_TypeAsMlflowGuessesIt(string file, string expected) =>
        Assert.Equal(expected, ArtifactMimeTypes.For(file));
}
