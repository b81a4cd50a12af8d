namespace Mlops.Pipeline.Tests.Support;

/// <summary>Finds the repository's real pipeline.yaml and params.yaml from the test output folder.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string PipelineYaml => Path.Combine(Root, "pipeline.yaml");

    public static string ParamsYaml => Path.Combine(Root, "params.yaml");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "pipeline.yaml")) && File.Exists(Path.Combine(dir.FullName, "params.yaml")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root with pipeline.yaml not found above " + AppContext.BaseDirectory);
    }
}
