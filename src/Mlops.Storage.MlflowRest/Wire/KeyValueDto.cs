namespace Mlops.Storage.MlflowRest.Wire;

/// <summary>A tag or param as MLflow sends it: <c>{"key": ..., "value": ...}</c>.</summary>
internal sealed record KeyValueDto(string Key, string? Value)
{
    public static List<KeyValueDto>? FromDictionary(IReadOnlyDictionary<string, string>? values) =>
        values is null || values.Count == 0 ? null : values.Select(p => new KeyValueDto(p.Key, p.Value)).ToList();

    public static IReadOnlyDictionary<string, string> ToDictionary(List<KeyValueDto>? values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in values ?? [])
        {
            result[item.Key] = item.Value ?? "";
        }
        return result;
    }
}
