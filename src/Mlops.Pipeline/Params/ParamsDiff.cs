using System.Text.Json.Nodes;

namespace Mlops.Pipeline.Params;

/// <summary>Names the leaf keys that differ between two canonical JSON values of one params key.</summary>
public static class ParamsDiff
{
    private const int MaxValueLength = 40;
    private static readonly JsonNode Absent = JsonValue.Create("\u0000absent")!;

    /// <summary>
    /// One entry per changed leaf, e.g. "model.lightgbm.num_iterations (200 → 300)"; lists of different length are
    /// one change. Empty when the values are equal.
    /// </summary>
    public static IReadOnlyList<string> Changes(string key, string oldJson, string newJson)
    {
        var changes = new List<string>();
        Walk(key, JsonNode.Parse(oldJson), JsonNode.Parse(newJson), changes);
        return changes;
    }

    private static void Walk(string path, JsonNode? before, JsonNode? after, List<string> changes)
    {
        switch (before, after)
        {
            case (JsonObject a, JsonObject b):
                foreach (var name in a.Select(p => p.Key).Union(b.Select(p => p.Key)))
                {
                    Walk($"{path}.{name}", a.ContainsKey(name) ? a[name] : Absent, b.ContainsKey(name) ? b[name] : Absent, changes);
                }
                break;
            case (JsonArray a, JsonArray b) when a.Count == b.Count:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk($"{path}.{i}", a[i], b[i], changes);
                }
                break;
            default:
                if (!JsonNode.DeepEquals(before, after))
                {
                    changes.Add($"{path} ({Show(before)} → {Show(after)})");
                }
                break;
        }
    }

    private static string Show(JsonNode? node)
    {
        if (ReferenceEquals(node, Absent))
        {
            return "absent";
        }
        var text = node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "null";
        return text.Length > MaxValueLength ? text[..(MaxValueLength - 1)] + "…" : text;
    }
}
