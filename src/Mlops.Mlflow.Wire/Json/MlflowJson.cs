using System.Text.Json;

namespace Mlops.Mlflow.Wire.Json;

/// <summary>The two ways of reading MLflow's JSON, over the one <see cref="MlflowJsonContext"/>.</summary>
public static class MlflowJson
{
    /// <summary>As MLflow's server reads requests: a number where a string belongs is refused, naming the parameter.</summary>
    public static JsonSerializerOptions Strict => MlflowJsonContext.Default.Options;

    /// <summary>
    /// For a client reading any MLflow-compatible server: ids and versions accepted as numbers or strings, and property
    /// names in any case, because protobuf-to-JSON gateways differ on both. Writes exactly as <see cref="Strict"/>.
    /// </summary>
    public static JsonSerializerOptions Lenient { get; } = CreateLenient();

    private static JsonSerializerOptions CreateLenient()
    {
        var options = new JsonSerializerOptions(MlflowJsonContext.Default.Options)
        {
            PropertyNameCaseInsensitive = true,
            TypeInfoResolver = MlflowJsonContext.Default,
        };
        options.Converters.Add(new LenientStringConverter());
        options.MakeReadOnly();
        return options;
    }
}
