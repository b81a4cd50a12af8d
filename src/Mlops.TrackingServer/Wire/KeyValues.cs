namespace Mlops.TrackingServer.Wire;

/// <summary>Tag and param lists of a request, validated with MLflow's message (written with <see cref="KeyValueDto.ListOf"/>).</summary>
internal static class KeyValues
{
    public static Dictionary<string, string> ToDictionary(List<KeyValueDto>? values, string what)
    {
        var result = new Dictionary<string, string>(values?.Count ?? 0, StringComparer.Ordinal);
        foreach (var item in values ?? [])
        {
            if (item is null || string.IsNullOrEmpty(item.Key))
            {
                throw MlopsException.Invalid($"Missing value for required parameter '{what}.key'. Every {what} entry needs a non-empty key.");
            }
            result[item.Key] = item.Value ?? "";
        }
        return result;
    }
}
