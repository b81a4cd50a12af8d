using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Replay;

/// <summary>
/// Compares JSON shapes: the same keys at every level, the same value kinds, the same list lengths. Values (ids,
/// times) may differ. A list element may match any recorded element of the list, since stores may order differently.
/// </summary>
public static class ShapeComparer
{
    public static List<string> Compare(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var problems = new List<string>();
        Walk(expected, actual, path, problems);
        return problems;
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, string path, List<string> problems)
    {
        var (expectedKind, actualKind) = (Kind(expected), Kind(actual));
        if (expectedKind != actualKind)
        {
            problems.Add($"{path}: expected {expectedKind}, got {actualKind}");
            return;
        }
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Except(a.Select(p => p.Key)))
                {
                    problems.Add($"{path}: missing key '{key}'");
                }
                foreach (var key in a.Select(p => p.Key).Except(e.Select(p => p.Key)))
                {
                    problems.Add($"{path}: unexpected key '{key}'");
                }
                foreach (var (key, value) in e)
                {
                    if (a.TryGetPropertyValue(key, out var other))
                    {
                        Walk(value, other, $"{path}.{key}", problems);
                    }
                }
                break;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    problems.Add($"{path}: expected {e.Count} items, got {a.Count}");
                }
                for (var i = 0; i < Math.Min(e.Count, a.Count); i++)
                {
                    var own = Compare(e[i], a[i], $"{path}[{i}]");
                    if (own.Count > 0 && !e.Any(candidate => Compare(candidate, a[i]).Count == 0))
                    {
                        problems.AddRange(own);
                    }
                }
                break;
        }
    }

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => "number",
            JsonValueKind.True or JsonValueKind.False => "bool",
            _ => "null",
        },
        _ => "unknown",
    };
}
