using Mlops.Core.Errors;

namespace Mlops.Serving.Input;

/// <summary>Validation errors by field path ("Price", "records[3].Price"), capped so a huge bad body gets a bounded answer.</summary>
internal sealed class FieldErrors(int maxListed)
{
    private readonly Dictionary<string, List<string>> byField = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public int Listed { get; private set; }

    public void Add(string field, string message)
    {
        Count++;
        if (Listed >= maxListed)
        {
            return;
        }
        Listed++;
        // Field names come from the body: a 10 MB key must not come back in full.
        field = ErrorText.Cut(field, 2 * ErrorText.MaxShown);
        if (!byField.TryGetValue(field, out var list))
        {
            byField[field] = list = [];
        }
        list.Add(message);
    }

    public static void Add(ref FieldErrors? errors, int maxListed, string field, string message) =>
        (errors ??= new FieldErrors(maxListed)).Add(field, message);

    public Dictionary<string, string[]> ToDictionary() => byField.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    public string Summary => Count == Listed
        ? $"{Count} invalid field(s); see errors."
        : $"{Count} invalid field(s); the first {Listed} are listed in errors.";
}
