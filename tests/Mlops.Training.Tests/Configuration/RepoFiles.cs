namespace Mlops.Training.Tests.Configuration;

/// <summary>Locates the repository (the folder holding Mlops.slnx) and its bundled dataset and params.yaml.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string RawCsv => Path.Combine(Root, "data", "raw", "ObesityDataSet_raw_and_data_sinthetic.csv");

    public static string ParamsYaml => Path.Combine(Root, "params.yaml");

    public static string ParamsText => File.ReadAllText(ParamsYaml);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mlops.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no Mlops.slnx above {AppContext.BaseDirectory}");
    }
}
