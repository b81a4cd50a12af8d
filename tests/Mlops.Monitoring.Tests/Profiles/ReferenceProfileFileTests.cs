using Mlops.Core.Errors;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Tests.Profiles;

public sealed class ReferenceProfileFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mlops-profile-tests").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    internal static ReferenceProfile Sample()
    {
        var builder = new ReferenceProfileBuilder(4);
        var metrics = new HeldOutMetrics(0.75, 0.7, new Dictionary<string, double> { ["a"] = 1, ["b"] = 0.5 });
        return new ReferenceProfile(ReferenceProfile.CurrentFormat, 4,
            [builder.Numeric("Age", [21, 30.5, 19, 40]), builder.Categorical("Smokes", ["yes", "no", "no", "no"], ["yes", "no"])],
            HeldOutProfiler.Build(["a", "b"], [0, 1], [0, 0], [0.7f, 0.3f, 0.55f, 0.45f], metrics));
    }

    private string PathOf(string name) => Path.Combine(_folder, name);

    [Fact]
    public void WriteThenRead_Profile_RoundTripsEveryFigure()
    {
        var profile = Sample();
        var path = PathOf(ReferenceProfile.FileName);

        ReferenceProfileFile.Write(path, profile);
        var read = ReferenceProfileFile.Read(path);

        Assert.Equal(profile.Rows, read.Rows);
        Assert.Equal(profile.Feature("Age")!.Numeric!.Sample, read.Feature("Age")!.Numeric!.Sample);
        Assert.Equal(profile.Feature("Age")!.Numeric!.Quantiles, read.Feature("Age")!.Numeric!.Quantiles);
        Assert.Equal(profile.Feature("Smokes")!.Categories, read.Feature("Smokes")!.Categories);
        Assert.Equal(FeatureKind.Categorical, read.Feature("Smokes")!.Kind);
        Assert.Equal(profile.HeldOut!.Calibration.Confidence, read.HeldOut!.Calibration.Confidence);
        Assert.Equal(profile.HeldOut!.Metrics.PerClassRecall, read.HeldOut!.Metrics.PerClassRecall);
        Assert.Contains("\"format\": \"mlops.reference_profile/v1\"".Replace(" ", ""), File.ReadAllText(path));
    }

    [Fact]
    public void ReadPackage_FolderWithoutProfile_SaysReRunRegister()
    {
        var e = Assert.Throws<MlopsException>(() => ReferenceProfileFile.ReadPackage(_folder, "models:/m/1"));

        Assert.Equal(ErrorCode.ResourceDoesNotExist, e.Code);
        Assert.StartsWith("no reference profile in model package models:/m/1", e.Message);
        Assert.Contains("re-run register", e.Message);
    }

    [Fact]
    public void Read_OtherFormatVersion_ErrorNamesBothVersions()
    {
        var path = PathOf("old.json");
        ReferenceProfileFile.Write(path, Sample() with { Format = "mlops.reference_profile/v0" });

        var e = Assert.Throws<MlopsException>(() => ReferenceProfileFile.Read(path));

        Assert.Contains("'mlops.reference_profile/v0'", e.Message);
        Assert.Contains(ReferenceProfile.CurrentFormat, e.Message);
    }

    [Theory]
    [InlineData("{", "not a readable reference profile")]
    [InlineData("null", "holds null")]
    [InlineData("""{"format":"mlops.reference_profile/v1","rows":3}""", "not a readable reference profile")]
    public void Read_BrokenJson_ClearError(string json, string expected)
    {
        var path = PathOf("broken.json");
        File.WriteAllText(path, json);

        var e = Assert.Throws<MlopsException>(() => ReferenceProfileFile.Read(path));

        Assert.Contains(expected, e.Message);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Read_NumericFeatureWithoutSample_ErrorNamesFeature()
    {
        var path = PathOf("inconsistent.json");
        var profile = Sample();
        ReferenceProfileFile.Write(path, profile with { Features = [profile.Features[0] with { Numeric = null }] });

        var e = Assert.Throws<MlopsException>(() => ReferenceProfileFile.Read(path));

        Assert.Contains("features['Age']", e.Message);
    }
}
