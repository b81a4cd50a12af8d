namespace Mlops.Architecture.Tests;

public sealed class DependencyRulesTests
{
    private static readonly string Root = FindRoot();

    /// <summary>The folder holding Mlops.slnx.</summary>
    internal static string RepoRoot => Root;

    [Fact]
    public void Violations_SourceProjects_NoneFound()
    {
        var graph = ProjectGraph.FromSourceTree(Root);

        Assert.Empty(DependencyRules.Violations(graph));
    }

    [Fact]
    public void FromSourceTree_RealRepository_ReadsTheServingEdges()
    {
        var graph = ProjectGraph.FromSourceTree(Root);

        // Guards the test above against passing on a graph it failed to read.
        Assert.Equal(["Mlops.Core", "Mlops.Inference", "Mlops.Monitoring"], graph.References["Mlops.Serving"]);
        Assert.Contains("Mlops.Inference", graph.References["Mlops.Training"]);
        Assert.Empty(graph.References["Mlops.Core"]);
    }

    [Fact]
    public void Violations_PlantedBadGraph_NamesEachForbiddenEdge()
    {
        var graph = new ProjectGraph(new Dictionary<string, IReadOnlyList<string>>
        {
            ["Mlops.Core"] = ["Mlops.Inference"],
            ["Mlops.Inference"] = [],
            ["Mlops.Serving"] = ["Mlops.Core", "Mlops.Helpers"],
            ["Mlops.Helpers"] = ["Mlops.Lifecycle"],
            ["Mlops.Lifecycle"] = ["Mlops.Training"],
            ["Mlops.Training"] = [],
            ["Mlops.Storage.Sqlite"] = ["Mlops.Storage.Postgres"],
            ["Mlops.Storage.Postgres"] = [],
            ["Mlops.TrackingServer"] = ["Mlops.Inference"],
        });

        var violations = DependencyRules.Violations(graph);

        Assert.Equal(
        [
            "Mlops.Core -> Mlops.Inference: forbidden (Core references nothing)",
            "Mlops.Serving -> Mlops.Helpers -> Mlops.Lifecycle: forbidden (the prediction server carries no training stack)",
            "Mlops.Serving -> Mlops.Helpers -> Mlops.Lifecycle -> Mlops.Training: forbidden (the prediction server carries no training stack)",
            "Mlops.TrackingServer -> Mlops.Inference: forbidden (the tracking server knows no models)",
            "Mlops.Storage.Sqlite -> Mlops.Storage.Postgres: forbidden (storage backends never reference each other)",
        ], violations);
    }

    [Fact]
    public void Violations_WebReachingABackendOrInference_NamesEachEdge()
    {
        var graph = new ProjectGraph(new Dictionary<string, IReadOnlyList<string>>
        {
            ["Mlops.Core"] = [],
            ["Mlops.Monitoring"] = ["Mlops.Core"],
            ["Mlops.Inference"] = ["Mlops.Core"],
            ["Mlops.Storage.Sqlite"] = ["Mlops.Core"],
            ["Mlops.Web"] = ["Mlops.Core", "Mlops.Monitoring", "Mlops.Inference", "Mlops.Storage.Sqlite"],
            ["Mlops.TrackingServer"] = ["Mlops.Core", "Mlops.Web"],
        });

        var violations = DependencyRules.Violations(graph);

        const string Why = "forbidden (the web UI reads the store contracts; inference and the pipeline come in through interfaces it declares)";
        Assert.Equal(
        [
            "Mlops.TrackingServer -> Mlops.Web -> Mlops.Inference: forbidden (the tracking server knows no models)",
            "Mlops.Web -> Mlops.Inference: " + Why,
            "Mlops.Web -> Mlops.Storage.Sqlite: " + Why,
        ], violations);
    }

    [Fact]
    public void Violations_S3StoreReachingLocalStore_NamesTheEdge()
    {
        var graph = new ProjectGraph(new Dictionary<string, IReadOnlyList<string>>
        {
            ["Mlops.Core"] = [],
            ["Mlops.Artifacts.Local"] = ["Mlops.Core"],
            ["Mlops.Artifacts.S3"] = ["Mlops.Core", "Mlops.Artifacts.Local"],
        });

        Assert.Equal(["Mlops.Artifacts.S3 -> Mlops.Artifacts.Local: forbidden (the S3 artifact store references Core only)"],
            DependencyRules.Violations(graph));
    }

    [Fact]
    public void Readme_LayoutSection_ListsTheCurrentGraph()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        foreach (var line in ProjectGraph.FromSourceTree(Root).Describe())
        {
            Assert.Contains(line, readme, StringComparison.Ordinal);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mlops.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Mlops.slnx not found above " + AppContext.BaseDirectory);
    }
}
