using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Tests.Configuration;

public sealed class RiskLevelParamsTests
{
    private static string Replace(string oldText, string newText)
    {
        var text = RepoFiles.ParamsText;
        Assert.Contains(oldText, text);
        return text.Replace(oldText, newText);
    }

    [Fact]
    public void Load_RepoParams_MapsEveryTargetClassToALevel()
    {
        var p = ParamsLoader.Load(RepoFiles.ParamsText);

        Assert.Equal(p.Schema.TargetClasses.Order(), p.Serving.RiskLevels.Keys.Order());
        Assert.False(string.IsNullOrWhiteSpace(p.Registry.Description));
    }

    [Fact]
    public void Load_RiskLevelsMissingAClass_FailsNamingIt()
    {
        var e = Assert.Throws<MlopsException>(() => ParamsLoader.Load(Replace("    Obesity_Type_III: High\n", "")));

        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        Assert.Contains("serving.risk_levels must give every target class a level; missing: Obesity_Type_III", e.Message);
    }

    [Fact]
    public void Load_RiskLevelForUnknownClass_FailsNamingIt()
    {
        var e = Assert.Throws<MlopsException>(() => ParamsLoader.Load(Replace("    Obesity_Type_III: High\n", "    Obesity_Type_III: High\n    Giant: High\n")));

        Assert.Contains("serving.risk_levels.Giant names no class of schema.target_classes", e.Message);
    }

    [Fact]
    public void Load_NoServingSection_HasNoRiskLevels()
    {
        var text = RepoFiles.ParamsText;
        var p = ParamsLoader.Load(text[..text.IndexOf("\nserving:", StringComparison.Ordinal)]);

        Assert.Empty(p.Serving.RiskLevels);
    }
}
