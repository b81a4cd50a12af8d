using Mlops.Cli.Infrastructure;
using Mlops.Cli.Tests.Support;
using Mlops.Core.Errors;

namespace Mlops.Cli.Tests.Infrastructure;

public sealed class DefaultModelUriTests
{
    [Fact]
    public void Resolve_ModelGiven_ReturnsItUnchanged()
    {
        Assert.Equal("models:/other/3", DefaultModelUri.Resolve("models:/other/3", "/nonexistent-folder"));
    }

    [Fact]
    public void Resolve_NoModelWithParams_UsesRegistryModelNameAndChampionAlias()
    {
        var folder = Directory.CreateTempSubdirectory("mlops-default-model-").FullName;
        try
        {
            var text = File.ReadAllText(Path.Combine(RepoRoot.Path, "params.yaml"))
                .Replace("model_name: obesity_classifier", "model_name: churn_model")
                .Replace("champion_alias: champion", "champion_alias: best");
            File.WriteAllText(Path.Combine(folder, "params.yaml"), text);

            Assert.Equal("models:/churn_model@best", DefaultModelUri.Resolve(null, folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Resolve_NoModelNoParams_FailsAskingForModel()
    {
        var folder = Directory.CreateTempSubdirectory("mlops-default-model-").FullName;
        try
        {
            var e = Assert.Throws<MlopsException>(() => DefaultModelUri.Resolve(null, folder));

            Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
            Assert.Contains("--model is required", e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
