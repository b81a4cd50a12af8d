using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Cli.Infrastructure;

/// <summary>The model a scoring command uses without --model: params.yaml's registered model at its champion alias.</summary>
public static class DefaultModelUri
{
    public const string ParamsFile = "params.yaml";

    /// <summary><paramref name="model"/> when given; else models:/registry.model_name@registry.champion_alias from params.yaml in <paramref name="folder"/>.</summary>
    public static string Resolve(string? model, string? folder = null)
    {
        if (!string.IsNullOrWhiteSpace(model))
        {
            return model;
        }
        var path = Path.Combine(folder ?? Directory.GetCurrentDirectory(), ParamsFile);
        if (!File.Exists(path))
        {
            throw MlopsException.Invalid($"--model is required: there is no {ParamsFile} here to take registry.model_name from.");
        }
        var registry = ParamsLoader.LoadFile(path).Registry;
        return $"models:/{registry.ModelName}@{registry.ChampionAlias}";
    }
}
