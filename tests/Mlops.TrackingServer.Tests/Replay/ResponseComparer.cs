using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Replay;

/// <summary>
/// Compares a recorded response with ours: the same keys at every level, the same value kinds and list lengths, and
/// (when asked) the same values once recorded ids are mapped to ours, except the stamps the server takes from its clock
/// and error messages (MLflow's embed its database driver's text; error_code is compared instead). A list element may
/// match any recorded element of the list, since stores may order differently.
/// </summary>
public static class ResponseComparer
{
    // Set by the server's clock when it handled the call: nothing to compare them with.
    private static readonly HashSet<string> NotCompared =
        ["creation_time", "last_update_time", "creation_timestamp", "last_updated_timestamp", "message"];

    /// <summary>The differences, one line each ("$.run.info.status: expected …"); <paramref name="ids"/> null compares shapes only.</summary>
    public static List<string> Compare(JsonNode? expected, JsonNode? actual, IdMap? ids, string path = "$")
    {
        var problems = new List<string>();
        Walk(expected, actual, ids, path, problems);
        return problems;
    }

    private static void Walk(JsonNode? expected, JsonNode? actual, IdMap? ids, string path, List<string> problems)
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
                    if (a.TryGetPropertyValue(key, out var other) && !(ids is not null && NotCompared.Contains(key)))
                    {
                        Walk(value, other, ids, $"{path}.{key}", problems);
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
                    var own = Compare(e[i], a[i], ids, $"{path}[{i}]");
                    if (own.Count > 0 && !e.Any(candidate => Compare(candidate, a[i], ids).Count == 0))
                    {
                        problems.AddRange(own);
                    }
                }
                break;
            case (JsonValue e, JsonValue a) when ids is not null:
                var want = e.GetValueKind() == JsonValueKind.String ? ids.Apply(e.GetValue<string>()) : e.ToJsonString();
                var got = a.GetValueKind() == JsonValueKind.String ? a.GetValue<string>() : a.ToJsonString();
                // Numbers by value: 1e+308 and 1E+308 are the same double.
                var same = e.GetValueKind() == JsonValueKind.Number ? e.GetValue<double>().Equals(a.GetValue<double>()) : want == got;
                if (!same)
                {
                    problems.Add($"{path}: expected {Show(want)}, got {Show(got)}");
                }
                break;
        }
    }

    private static string Show(string value) => value.Length <= 120 ? $"'{value}'" : $"'{value[..120]}…'";

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
