namespace Mlops.Monitoring.Tests.Fixtures;

/// <summary>The repository folder (the one holding Mlops.slnx) above the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Mlops.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"no Mlops.slnx above {AppContext.BaseDirectory}");
    }
}
