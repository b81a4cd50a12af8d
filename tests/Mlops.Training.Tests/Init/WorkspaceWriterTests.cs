using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Init;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Init;

public sealed class WorkspaceWriterTests
{
    private const string Table = "x,color,y\n1,\"red, dark\",a\n2,blue,b\n3,blue,a\n4,,b\n";

    [Fact]
    public void Write_Plan_WritesParamsThatLoadWithTheModelNameAndTheDataCopy()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("My Data.csv"), Table.Replace("\n", "\r\n"));

        var written = WorkspaceWriter.Write(InitPlanner.Plan(new InitOptions(temp.File("My Data.csv"), "y", temp.File("ws"))));

        Assert.Equal(["params.yaml", "pipeline.yaml", "data/raw/My_Data.csv", "README.md"], written);
        var p = ParamsLoader.Load(File.ReadAllText(temp.File("ws/params.yaml")));
        Assert.Equal("my_data", p.Registry.ModelName);
        Assert.Equal("data/raw/My_Data.csv", p.Data.Raw);
        Assert.Equal(["blue", "red, dark"], p.Schema.Columns["color"].Categories);
        Assert.Equal(Table, File.ReadAllText(temp.File("ws/data/raw/My_Data.csv")));
        Assert.Contains("data/raw/My_Data.csv", File.ReadAllText(temp.File("ws/pipeline.yaml")));
    }

    [Fact]
    public void Write_ExistingParams_RefusesAndWritesNothingWithoutForce()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.csv"), Table);
        Directory.CreateDirectory(temp.File("ws"));
        File.WriteAllText(temp.File("ws/params.yaml"), "mine");
        var plan = InitPlanner.Plan(new InitOptions(temp.File("t.csv"), "y", temp.File("ws")));

        var error = Assert.Throws<MlopsException>(() => WorkspaceWriter.Write(plan));

        Assert.Contains("--force", error.Message);
        Assert.Equal(["params.yaml"], Directory.EnumerateFiles(temp.File("ws")).Select(Path.GetFileName));
        Assert.Equal("mine", File.ReadAllText(temp.File("ws/params.yaml")));
        Assert.NotEmpty(WorkspaceWriter.Write(InitPlanner.Plan(new InitOptions(temp.File("t.csv"), "y", temp.File("ws")) { Force = true })));
    }

    [Fact]
    public void WriteBundled_EmptyFolder_WritesTheRepositoryExampleByteForByte()
    {
        using var temp = new TempFolder();

        var written = WorkspaceWriter.WriteBundled(temp.File("ws"), force: false);

        Assert.Contains("params.yaml", written);
        Assert.Contains(written, f => f.StartsWith("data/raw/", StringComparison.Ordinal));
        var repo = RepositoryRoot();
        foreach (var file in written)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(repo, file)).AsSpan().SequenceEqual(File.ReadAllBytes(temp.File("ws/" + file))), file);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Mlops.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("no Mlops.slnx above the test binaries");
    }
}
