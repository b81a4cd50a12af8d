namespace Mlops.Cli.Tests.Support;

/// <summary>A temporary pipeline workspace: params.yaml, pipeline.yaml and the raw dataset copied from the repository.</summary>
public sealed class Workspace : IDisposable
{
    private Workspace(string root) => Root = root;

    public string Root { get; }

    public string TrackingUri => $"sqlite:///{Path.Combine(Root, "mlruns", "mlops.db")}";

    public string RawCsv => Path.Combine(Root, "data", "raw", "ObesityDataSet_raw_and_data_sinthetic.csv");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public static Workspace Create()
    {
        var root = NewRoot();
        Directory.CreateDirectory(Path.Combine(root, "data", "raw"));
        File.Copy(Path.Combine(RepoRoot.Path, "params.yaml"), Path.Combine(root, "params.yaml"));
        File.Copy(Path.Combine(RepoRoot.Path, "pipeline.yaml"), Path.Combine(root, "pipeline.yaml"));
        File.Copy(Path.Combine(RepoRoot.Path, "data", "raw", "ObesityDataSet_raw_and_data_sinthetic.csv"),
            Path.Combine(root, "data", "raw", "ObesityDataSet_raw_and_data_sinthetic.csv"));
        return new Workspace(root);
    }

    /// <summary>A full copy, so a test can break things without touching a shared, already-run workspace.</summary>
    public Workspace CopyTo()
    {
        var root = NewRoot();
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Root, file);
            if (relative.StartsWith(".mlops", StringComparison.Ordinal))
            {
                continue;
            }
            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        return new Workspace(root);
    }

    public void ReplaceInFile(string relative, string oldText, string newText)
    {
        var path = PathOf(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text);
        File.WriteAllText(path, text.Replace(oldText, newText));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process still holding a file is harmless for a temp folder.
        }
    }

    private static string NewRoot() => Path.Combine(Path.GetTempPath(), "mlops-cli-tests", Guid.NewGuid().ToString("N"));
}
