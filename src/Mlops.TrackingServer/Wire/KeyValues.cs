using Mlops.Core.Errors;

namespace Mlops.TrackingServer.Wire;

/// <summary>Tag and param lists on the wire: omitted when empty, validated when read.</summary>
internal static class KeyValues
{
    public static List<KeyValue>? From(IReadOnlyDictionary<string, string> values)
    {
        if (values.Count == 0)
        {
            return null;
        }
        var list = new List<KeyValue>(values.Count);
        foreach (var (key, value) in values)
        {
            list.Add(new KeyValue(key, value));
        }
        return list;
    }

    public static Dictionary<string, string> ToDictionary(List<KeyValue>? values, string what)
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
