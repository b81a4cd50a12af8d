using System.Text.Json;

namespace Mlops.Storage.ContractTests.MlflowRest.Replay;

/// <summary>
/// Compares a sent JSON body with a recorded one: every recorded field must be sent with the same value (numbers
/// compared as numbers), nested objects must match exactly, and extra top-level fields are allowed only when named.
/// </summary>
public static class JsonSubset
{
    public static IReadOnlyList<string> Differences(JsonElement recorded, JsonElement sent, IReadOnlyCollection<string> allowedExtra)
    {
        var differences = new List<string>();
        Compare(recorded, sent, "$", allowedExtra, differences);
        return differences;
    }

    private static void Compare(JsonElement recorded, JsonElement sent, string path, IReadOnlyCollection<string> allowedExtra,
        List<string> differences)
    {
        if (recorded.ValueKind != sent.ValueKind)
        {
            differences.Add($"{path}: recorded {recorded.ValueKind} {recorded.GetRawText()}, sent {sent.ValueKind} {sent.GetRawText()}");
            return;
        }
        switch (recorded.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in recorded.EnumerateObject())
                {
                    if (sent.TryGetProperty(property.Name, out var value))
                    {
                        Compare(property.Value, value, $"{path}.{property.Name}", [], differences);
                    }
                    else
                    {
                        differences.Add($"{path}.{property.Name}: recorded but not sent");
                    }
                }
                foreach (var property in sent.EnumerateObject())
                {
                    if (!recorded.TryGetProperty(property.Name, out _) && !allowedExtra.Contains(property.Name))
                    {
                        differences.Add($"{path}.{property.Name}: sent but not recorded ({property.Value.GetRawText()})");
                    }
                }
                break;
            case JsonValueKind.Array:
                var left = recorded.EnumerateArray().ToList();
                var right = sent.EnumerateArray().ToList();
                if (left.Count != right.Count)
                {
                    differences.Add($"{path}: recorded {left.Count} items, sent {right.Count}");
                    return;
                }
                for (var i = 0; i < left.Count; i++)
                {
                    Compare(left[i], right[i], $"{path}[{i}]", [], differences);
                }
                break;
            case JsonValueKind.Number:
                if (recorded.GetDouble() != sent.GetDouble())
                {
                    differences.Add($"{path}: recorded {recorded.GetRawText()}, sent {sent.GetRawText()}");
                }
                break;
            case JsonValueKind.String:
                if (recorded.GetString() != sent.GetString())
                {
                    differences.Add($"{path}: recorded {recorded.GetRawText()}, sent {sent.GetRawText()}");
                }
                break;
        }
    }
}
