using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

public sealed class FeatureValidationParamsTests
{
    private const string SectionStart = "\nfeature_validation:";

    private static string WithoutSection()
    {
        var text = RepoFiles.ParamsText;
        var start = text.IndexOf(SectionStart, StringComparison.Ordinal);
        Assert.True(start > 0, "params.yaml has a feature_validation section");
        var end = text.IndexOf("\n\n", start + 1, StringComparison.Ordinal) is var e and > 0 ? e : text.Length;
        return text[..start] + "\n" + text[end..];
    }

    private static string LoadFails(string body)
    {
        var e = Assert.Throws<MlopsException>(() => ParamsLoader.Load(WithoutSection() + "\nfeature_validation:\n" + body));
        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        return e.Message;
    }

    [Fact]
    public void Load_SectionAbsent_WarnsOnNaNAndChecksNothingElse()
    {
        var v = ParamsLoader.Load(WithoutSection()).FeatureValidation;

        Assert.Equal("warn", v.NoNanOrInfinity);
        Assert.Empty(v.Ranges);
        Assert.Null(v.MaxCategoryShare);
        Assert.False(v.NoDriftFromPrevious);
    }

    [Fact]
    public void Load_BundledParams_FailsOnNaNAndWarnsOnAShare()
    {
        var v = ParamsLoader.Load(RepoFiles.ParamsText).FeatureValidation;

        Assert.Equal("fail", v.NoNanOrInfinity);
        Assert.Equal((0.99, "warn"), (v.MaxCategoryShare!.Max, v.MaxCategoryShare.Severity));
    }

    [Fact]
    public void Load_Range_ReadsBoundsAndSeverity()
    {
        var v = ParamsLoader.Load(WithoutSection() + "\nfeature_validation:\n  ranges:\n    BMI: { min: -3, max: 4, severity: warn }\n").FeatureValidation;

        Assert.Equal((-3.0, 4.0, "warn"), (v.Ranges["BMI"].Min, v.Ranges["BMI"].Max, v.Ranges["BMI"].Severity));
    }

    [Theory]
    [InlineData("  no_nans: fail\n", "unknown key 'feature_validation.no_nans'")]
    [InlineData("  ranges:\n    BMI: { lowest: 1 }\n", "unknown key 'feature_validation.ranges.BMI.lowest'")]
    [InlineData("  no_nan_or_infinity: stop\n", "feature_validation.no_nan_or_infinity must be one of fail | warn | off, got 'stop'")]
    [InlineData("  drift_severity: off\n", "feature_validation.drift_severity must be one of fail | warn, got 'off'")]
    [InlineData("  ranges:\n    BMI: { min: 5, max: 1 }\n", "feature_validation.ranges.BMI.min (5) must not be above max (1)")]
    [InlineData("  ranges:\n    BMI: { severity: warn }\n", "feature_validation.ranges.BMI needs min, max or both")]
    [InlineData("  ranges:\n    BMI: { min: 1, severity: info }\n", "feature_validation.ranges.BMI.severity must be one of fail | warn, got 'info'")]
    [InlineData("  max_category_share: { max: 1.5 }\n", "feature_validation.max_category_share.max must be in (0, 1], got 1.5")]
    [InlineData("  no_drift_from_previous: sometimes\n", "key 'feature_validation.no_drift_from_previous' must be true or false")]
    public void Load_BadKeyOrValue_NamesTheKey(string body, string expected)
    {
        Assert.Contains(expected, LoadFails(body), StringComparison.Ordinal);
    }
}
