namespace Mlops.Cli.Tests.Init;

/// <summary>An empty temporary folder to run `mlops init` in, deleted on dispose.</summary>
public sealed class InitFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "mlops-cli-tests", "init-" + Guid.NewGuid().ToString("N"));

    public InitFolder() => Directory.CreateDirectory(Root);

    public string PathOf(string relative) => Path.Combine(Root, relative);

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
}
