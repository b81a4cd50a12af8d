using System.Text.Json.Nodes;

namespace Mlops.Lifecycle.Tracking;

/// <summary>Numeric leaves of a JSON report as tracked metrics, keys joined with '.'; arrays (matrices, lists) are left out.</summary>
public static class JsonMetrics
{
    public static IReadOnlyDictionary<string, double> Flatten(string json, string prefix = "")
    {
        var result = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (JsonNode.Parse(json) is JsonObject root)
        {
            Walk(root, prefix, result);
        }
        return result;
    }

    private static void Walk(JsonObject node, string prefix, IDictionary<string, double> result)
    {
        foreach (var (key, child) in node)
        {
            var name = prefix.Length == 0 ? key : $"{prefix}.{key}";
            switch (child)
            {
                case JsonObject obj:
                    Walk(obj, name, result);
                    break;
                case JsonValue value when value.TryGetValue<double>(out var number):
                    result[name] = number;
                    break;
                case JsonValue value when value.TryGetValue<string>(out var text) && text is "NaN" or "Infinity" or "-Infinity":
                    result[name] = double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }
    }
}
