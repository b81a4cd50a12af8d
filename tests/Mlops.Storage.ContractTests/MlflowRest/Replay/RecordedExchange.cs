using System.Text.Json;

namespace Mlops.Storage.ContractTests.MlflowRest.Replay;

/// <summary>One recorded call to a real MLflow 2.10.2 server (see Recorded/README.md).</summary>
public sealed record RecordedExchange(string Name, string Method, string Path, JsonElement Request, int Status, JsonElement Response)
{
    private static readonly Lazy<string> RecordedFolder = new(FindFolder);

    /// <summary>Loads <c>Recorded/&lt;name&gt;.json</c>, for example <c>01-experiments-create</c>.</summary>
    public static RecordedExchange Load(string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(RecordedFolder.Value, name + ".json")));
        var root = json.RootElement;
        return new RecordedExchange(name, root.GetProperty("method").GetString()!, root.GetProperty("path").GetString()!,
            root.GetProperty("request").Clone(), root.GetProperty("status").GetInt32(), root.GetProperty("response").Clone());
    }

    public static IEnumerable<string> AllNames() =>
        Directory.EnumerateFiles(RecordedFolder.Value, "*.json").Select(f => System.IO.Path.GetFileNameWithoutExtension(f)!).Order();

    public string PathWithoutQuery => Path.Split('?')[0];

    public string Query => Path.Contains('?') ? Path[(Path.IndexOf('?') + 1)..] : "";

    // The files live next to the sources rather than in the output folder, so the test csproj needs no entry for them.
    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "MlflowRest", "Recorded");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
            candidate = System.IO.Path.Combine(dir.FullName, "tests", "Mlops.Storage.ContractTests", "MlflowRest", "Recorded");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"MlflowRest/Recorded not found above {AppContext.BaseDirectory}.");
    }
}
