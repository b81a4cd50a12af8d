using System.Text;

namespace Mlops.Training.Init;

/// <summary>The repository's example workspace (params.yaml, pipeline.yaml, its data and examples), embedded in this assembly.</summary>
public static class BundledExample
{
    private const string Prefix = "bundled/";

    /// <summary>The workspace-relative paths of the bundled files, in ordinal order.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        .. typeof(BundledExample).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal),
    ];

    public static byte[] Read(string relativePath)
    {
        using var stream = typeof(BundledExample).Assembly.GetManifestResourceStream(Prefix + relativePath)
            ?? throw new InvalidOperationException($"the bundled example has no file '{relativePath}'");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string ReadText(string relativePath) => Encoding.UTF8.GetString(Read(relativePath));

    /// <summary>A top-level section of the bundled params.yaml as written there (its key line up to the next top-level key).</summary>
    public static string ParamsSection(string key)
    {
        var lines = ReadText("params.yaml").ReplaceLineEndings("\n").Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"the bundled params.yaml has no section '{key}'");
        }
        var end = Array.FindIndex(lines, start + 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]) && l[0] != '#');
        return string.Join('\n', lines[start..(end < 0 ? lines.Length : end)]).TrimEnd() + "\n";
    }
}
