using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Replay;

/// <summary>
/// Recorded ids → the ids our server handed out, learned by walking recorded and actual responses side by side, and
/// applied to later requests (whole values, and long ids inside paths and URIs).
/// </summary>
public sealed class IdMap
{
    private static readonly HashSet<string> IdKeys = ["experiment_id", "run_id", "run_uuid", "version"];
    private readonly Dictionary<string, string> map = new(StringComparer.Ordinal);

    public void Learn(JsonNode? recorded, JsonNode? actual)
    {
        switch (recorded, actual)
        {
            case (JsonObject r, JsonObject a):
                foreach (var (key, value) in r)
                {
                    if (!a.TryGetPropertyValue(key, out var other))
                    {
                        continue;
                    }
                    if (IdKeys.Contains(key) && value is JsonValue rv && other is JsonValue av
                        && rv.GetValueKind() == JsonValueKind.String && av.GetValueKind() == JsonValueKind.String
                        && rv.GetValue<string>() != av.GetValue<string>())
                    {
                        // First sighting only: a later response that names the id differently is a mismatch to report.
                        map.TryAdd(rv.GetValue<string>(), av.GetValue<string>());
                    }
                    Learn(value, other);
                }
                break;
            case (JsonArray r, JsonArray a):
                for (var i = 0; i < Math.Min(r.Count, a.Count); i++)
                {
                    Learn(r[i], a[i]);
                }
                break;
        }
    }

    public string Apply(string text)
    {
        if (map.TryGetValue(text, out var exact))
        {
            return exact;
        }
        foreach (var (from, to) in map)
        {
            // Short ids ("1") are only replaced as whole values; long ones (run ids) also inside paths.
            if (from.Length >= 8)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }
        return text;
    }

    public string ApplyToPathAndQuery(string pathAndQuery)
    {
        var question = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        if (question < 0)
        {
            return Apply(pathAndQuery);
        }
        var query = pathAndQuery[(question + 1)..].Split('&').Select(pair =>
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                return pair;
            }
            var value = Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            return pair[..(eq + 1)] + Uri.EscapeDataString(Apply(value));
        });
        return Apply(pathAndQuery[..question]) + "?" + string.Join('&', query);
    }

    public JsonNode? ApplyToJson(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, ApplyToJson(p.Value)))),
        JsonArray a => new JsonArray(a.Select(ApplyToJson).ToArray()),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => JsonValue.Create(Apply(v.GetValue<string>())),
        _ => node?.DeepClone(),
    };
}
