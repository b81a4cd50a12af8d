namespace Mlops.Core.Registry;

/// <summary>MLflow's legacy stages, kept for compatibility; aliases are the primary mechanism.</summary>
public enum ModelStage
{
    None,
    Staging,
    Production,
    Archived,
}

public static class ModelStages
{
    /// <summary>Parses a stage name case-insensitively; throws an invalid-parameter error naming the allowed values.</summary>
    public static ModelStage Parse(string text) =>
        Enum.TryParse<ModelStage>(text, ignoreCase: true, out var stage) && Enum.IsDefined(stage)
            ? stage
            : throw Errors.MlopsException.Invalid(
                $"Invalid Model Version stage: {text}. Value must be one of None, Staging, Production, Archived.");
}
