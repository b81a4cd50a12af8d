namespace Mlops.Mlflow.Wire;

/// <summary>
/// A tag or param as MLflow sends it (<c>{"key": ..., "value": ...}</c>); the key may be missing in a request, which
/// the server refuses by name.
/// </summary>
public sealed record KeyValueDto(string? Key, string? Value)
{
    /// <summary>The wire list of <paramref name="values"/>; null when there are none, so the field is left out as MLflow does.</summary>
    public static List<KeyValueDto>? ListOf(IReadOnlyDictionary<string, string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }
        var list = new List<KeyValueDto>(values.Count);
        foreach (var (key, value) in values)
        {
            list.Add(new KeyValueDto(key, value));
        }
        return list;
    }
}
