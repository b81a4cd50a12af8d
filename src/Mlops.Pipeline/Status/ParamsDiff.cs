using System.Text.Json.Nodes;

namespace Mlops.Pipeline.Status;

/// <summary>Names the leaf keys that differ between two canonical JSON values, e.g. "model.lightgbm.num_iterations (200 → 300)".</summary>
internal static class ParamsDiff
{
    private const int MaxLeaves = 5;
    private const int MaxValueLength = 40;

    public static IEnumerable<string> Describe(string key, string oldJson, string newJson)
    {
        var changes = new List<string>();
        Walk(key, JsonNode.Parse(oldJson), JsonNode.Parse(newJson), changes);
        if (changes.Count == 0)
        {
            // Equal leaves but different text can only come from formatting; still name the key.
            changes.Add(key);
        }
        var shown = changes.Take(MaxLeaves).Select(c => $"params changed: {c}");
        return changes.Count > MaxLeaves ? shown.Append($"params changed: {changes.Count - MaxLeaves} more under {key}") : shown;
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

    private static readonly JsonNode Absent = JsonValue.Create("\u0000absent")!;

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
