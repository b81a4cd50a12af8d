using Mlops.Core.Errors;

namespace Mlops.Core.Validation;

/// <summary>
/// MLflow 2.10.2's key and value length limits (mlflow/utils/validation.py) with its messages, so what one store
/// accepts every MLflow backend accepts too. Every store checks them before it writes anything.
/// </summary>
public static class EntityLimits
{
    public const int MaxKeyLength = 250;
    public const int MaxParamValueLength = 6000;
    public const int MaxTagValueLength = 5000;

    public static void Param(string key, string value)
    {
        Key("param", key);
        Length("Param key", MaxKeyLength, key);
        Length("Param value", MaxParamValueLength, value);
    }

    public static void RunTag(string key, string value) => Tag("Tag key", "Tag value", key, value);

    public static void ExperimentTag(string key, string value) => Tag("Tag key", "Tag value", key, value);

    public static void RegisteredModelTag(string key, string value) =>
        Tag("Registered model key", "Registered model value", key, value);

    public static void ModelVersionTag(string key, string value) => Tag("Model version key", "Model version value", key, value);

    public static void MetricKey(string key)
    {
        Key("metric", key);
        Length("Metric name", MaxKeyLength, key);
    }

    /// <summary>A key must be non-empty; this store's rule, stricter than MLflow's None check.</summary>
    public static void Key(string kind, string key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw MlopsException.Invalid($"Invalid {kind} name: '{key}'. A {kind} key must be a non-empty string.");
        }
    }

    private static void Tag(string keyName, string valueName, string key, string value)
    {
        Key("tag", key);
        Length(keyName, MaxKeyLength, key);
        Length(valueName, MaxTagValueLength, value);
    }

    private static void Length(string what, int limit, string? value)
    {
        if (value is not null && value.Length > limit)
        {
            throw MlopsException.Invalid(
                $"{what} '{value[..MaxKeyLength]}' had length {value.Length}, which exceeded length limit of {limit}");
        }
    }
}
