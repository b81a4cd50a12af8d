using System.Text.Json;
using Mlops.Monitoring.Tests.Fixtures;

namespace Mlops.Monitoring.Tests.Statistics;

/// <summary>
/// SciPy 1.10 / statsmodels 0.13 answers: the copy in this project's Fixtures folder (so a fresh clone has it), else
/// the shared ../shared/fixtures file next to the repository; tests skip, saying so, when neither exists.
/// </summary>
public static class KnownAnswers
{
    public const string FileName = "stats-known-answers.json";

    public static string CopyPath => System.IO.Path.Combine(RepoPaths.Root, "tests", "Mlops.Monitoring.Tests", "Fixtures", FileName);

    public static string SharedPath => System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoPaths.Root, "..", "shared", "fixtures", FileName));

    public static string? Path { get; } = File.Exists(CopyPath) ? CopyPath : File.Exists(SharedPath) ? SharedPath : null;

    public static string MissingReason => $"no known-answer file: neither {CopyPath} nor {SharedPath} exists";

    private static readonly Lazy<JsonDocument?> Document = new(() => Path is null ? null : JsonDocument.Parse(File.ReadAllText(Path)));

    public static JsonElement Root => Document.Value?.RootElement ?? throw new InvalidOperationException(MissingReason);

    /// <summary>The cases of one family (ks_2samp, chisquare, ...), or none when the file is missing.</summary>
    public static IReadOnlyList<JsonElement> Cases(string family) =>
        Document.Value is null ? [] : [.. Root.GetProperty(family).EnumerateArray()];

    /// <summary>Case indexes for a theory; one placeholder when the file is missing so the (skipped) theory has data.</summary>
    public static TheoryData<int> Indexes(string family)
    {
        var data = new TheoryData<int>();
        int count = Math.Max(Cases(family).Count, 1);
        for (int i = 0; i < count; i++) data.Add(i);
        return data;
    }

    public static double[] Doubles(this JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetDouble())];

    public static string Name(this JsonElement element) =>
        element.TryGetProperty("name", out var name) ? name.GetString()! : element.GetRawText()[..Math.Min(60, element.GetRawText().Length)];
}
