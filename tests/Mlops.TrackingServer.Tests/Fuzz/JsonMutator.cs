using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests.Fuzz;

/// <summary>Seeded mutations of a valid JSON body: structural ones on the tree, then sometimes byte-level damage.</summary>
public sealed class JsonMutator(Random random)
{
    /// <summary>JSON texts of numbers (and number-like strings) that overflow, underflow or are not numbers.</summary>
    private static readonly string[] OddNumbers = ["1e400", "-1e400", "99999999999999999999999999", "-9223372036854775809", "\"NaN\"",
        "\"Infinity\"", "\"-Infinity\"", "-0", "1e-400", "\"0.1e\"", "\"01\"", "1.7976931348623157e308"];
    private static readonly string[] OddStrings = ["", " ", "NaN", "Infinity", "-inf", "null", "\u0000", "'", "\"", "\\", "%00", "../..", "\u00e9\u4e2d",
        "\ud83d\ude00", "RUNNING", "FINISHED", "ACTIVE_ONLY", "9223372036854775808", "1.5"];
    private static readonly byte[][] BadUtf8 = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C], [0xC0, 0xAF], [0xFE, 0xFE]];

    /// <summary>What the last call did, for the failure message.</summary>
    public string Kind { get; private set; } = "";

    public byte[] Mutate(JsonObject valid)
    {
        var node = (JsonObject)valid.DeepClone();
        var steps = new List<string>();
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            steps.Add(MutateTree(node));
        }
        var text = node.ToJsonString();
        if (random.Next(5) == 0)
        {
            steps.Add("duplicate");
            text = DuplicateField(text, node);
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        if (random.Next(4) == 0)
        {
            (bytes, var damage) = Damage(bytes);
            steps.Add(damage);
        }
        Kind = string.Join("+", steps);
        return bytes;
    }

    private string MutateTree(JsonObject root)
    {
        var (parent, key) = PickProperty(root);
        if (parent is null || key is null)
        {
            root["x"] = Scalar();
            return "add";
        }
        switch (random.Next(7))
        {
            case 0:
                parent.Remove(key);
                return "delete " + key;
            case 1:
                parent[key] = Scalar();
                return "swap " + key;
            case 2:
                parent[key] = JsonNode.Parse(OddNumbers[random.Next(OddNumbers.Length)]);
                return "number " + key;
            case 3:
                parent[key] = new string((char)random.Next('a', 'z'), random.Next(300, 200_000));
                return "long " + key;
            case 4:
                parent[key] = Nested(random.Next(10, 400));
                return "deep " + key;
            case 5:
                parent[key] = new JsonArray(Scalar(), Scalar());
                return "array " + key;
            default:
                parent[key] = OddStrings[random.Next(OddStrings.Length)];
                return "odd " + key;
        }
    }

    private (JsonObject? Parent, string? Key) PickProperty(JsonObject root)
    {
        JsonObject? parent = root;
        for (var depth = 0; depth < 4 && parent is not null; depth++)
        {
            if (parent.Count == 0)
            {
                return (null, null);
            }
            var (key, value) = parent.ElementAt(random.Next(parent.Count));
            var child = value switch
            {
                JsonObject o => o,
                JsonArray { Count: > 0 } a => a[random.Next(a.Count)] as JsonObject,
                _ => null,
            };
            if (child is null || random.Next(3) == 0)
            {
                return (parent, key);
            }
            parent = child;
        }
        return (parent, parent?.FirstOrDefault().Key);
    }

    private JsonNode? Scalar() => random.Next(6) switch
    {
        0 => null,
        1 => random.Next(2) == 0,
        2 => random.Next(),
        3 => random.NextDouble() * 1e300,
        4 => new JsonObject { ["k"] = "v" },
        _ => OddStrings[random.Next(OddStrings.Length)],
    };

    private static JsonNode Nested(int depth)
    {
        JsonNode node = 1;
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["a"] = node };
        }
        return node;
    }

    private string DuplicateField(string text, JsonObject node)
    {
        if (node.Count == 0)
        {
            return text;
        }
        var (key, value) = node.ElementAt(random.Next(node.Count));
        var other = random.Next(2) == 0 ? value?.ToJsonString() ?? "null" : JsonSerializer.Serialize(OddStrings[random.Next(OddStrings.Length)]);
        return "{" + JsonSerializer.Serialize(key) + ":" + other + (text.Length > 2 ? "," : "") + text[1..];
    }

    private (byte[] Bytes, string Kind) Damage(byte[] bytes)
    {
        if (bytes.Length < 2)
        {
            return (bytes, "none");
        }
        switch (random.Next(4))
        {
            case 0:
                return (bytes[..random.Next(bytes.Length)], "truncate");
            case 1:
                var flipped = (byte[])bytes.Clone();
                for (var i = random.Next(1, 4); i > 0; i--)
                {
                    flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                }
                return (flipped, "flip");
            case 2:
                var at = random.Next(bytes.Length);
                return ([.. bytes[..at], .. BadUtf8[random.Next(BadUtf8.Length)], .. bytes[at..]], "utf8");
            default:
                // Bare NaN is what Python's json.dumps writes for float('nan'); it is not JSON.
                var text = Encoding.UTF8.GetString(bytes);
                var digit = text.IndexOfAny("0123456789".ToCharArray());
                return digit < 0 ? (Encoding.UTF8.GetBytes(random.Next(1000).ToString(CultureInfo.InvariantCulture)), "scalar body")
                    : (Encoding.UTF8.GetBytes(text[..digit] + "NaN" + text[(digit + 1)..]), "bare NaN");
        }
    }
}
