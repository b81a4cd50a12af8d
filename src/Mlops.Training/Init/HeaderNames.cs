namespace Mlops.Training.Init;

/// <summary>Makes header names usable as schema keys: trimmed, no empty and no repeated name (accents are kept as written).</summary>
internal static class HeaderNames
{
    public static string[] Clean(IReadOnlyList<string> raw, List<string> notes)
    {
        var names = new string[raw.Count];
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < raw.Count; i++)
        {
            var name = raw[i].Trim();
            if (name.Length == 0)
            {
                name = $"column_{i + 1}";
                notes.Add($"header: column {i + 1} has no name; named it '{name}'");
            }
            var unique = name;
            for (var n = 2; !taken.Add(unique); n++)
            {
                unique = $"{name}_{n}";
            }
            if (unique != name)
            {
                notes.Add($"header: '{name}' appears more than once (ignoring case); column {i + 1} renamed to '{unique}'");
            }
            names[i] = unique;
        }
        return names;
    }
}
