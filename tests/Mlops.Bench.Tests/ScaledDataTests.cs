using System.Globalization;
using Mlops.Inference.Csv;
using Mlops.Training.Configuration;

namespace Mlops.Bench.Tests;

public sealed class ScaledDataTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("scaled-data-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Run_SameSeed_SameBytes_OtherSeed_OtherBytes()
    {
        var paramsFile = Path.Combine(RepoRoot(), "params.yaml");

        ScaledData.Run(paramsFile, 2, 11, Path.Combine(dir, "a.csv"));
        ScaledData.Run(paramsFile, 2, 11, Path.Combine(dir, "b.csv"));
        ScaledData.Run(paramsFile, 2, 12, Path.Combine(dir, "c.csv"));

        var first = File.ReadAllBytes(Path.Combine(dir, "a.csv"));
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(dir, "b.csv")));
        Assert.NotEqual(first, File.ReadAllBytes(Path.Combine(dir, "c.csv")));
    }

    [Fact]
    public void Run_BundledData_ScaleTimesTheRowsWithinTheSchemaRanges()
    {
        var root = RepoRoot();
        var p = ParamsLoader.LoadFile(Path.Combine(root, "params.yaml"));
        var source = CsvReader.ReadFile(Path.Combine(root, p.Data.Raw));

        ScaledData.Run(Path.Combine(root, "params.yaml"), 3, 1, Path.Combine(dir, "x3.csv"));

        var scaled = CsvReader.ReadFile(Path.Combine(dir, "x3.csv"));
        Assert.Equal(source.Header, scaled.Header);
        Assert.Equal(3 * source.Rows.Count, scaled.Rows.Count);
        foreach (var (name, spec) in p.Schema.Columns.Where(c => c.Value.Type == "numeric"))
        {
            var values = scaled.Rows.Select(r => double.Parse(r.Fields[scaled.IndexOf(name)], CultureInfo.InvariantCulture)).ToArray();
            Assert.All(values, v => Assert.InRange(v, spec.Min!.Value, spec.Max!.Value));
        }
        // Noisy copies are near, not exact: nearly every row is distinct, so dropping duplicates keeps them.
        Assert.True(scaled.Rows.Select(r => string.Join(',', r.Fields)).Distinct().Count() > 0.95 * scaled.Rows.Count);
    }

    [Fact]
    public void Generate_SmallTable_NoisesFractionalNumericCellsOnlyAndClampsToTheRange()
    {
        var schema = new SchemaParams
        {
            Columns = new()
            {
                ["x"] = new ColumnSchema { Type = "numeric", Min = 0, Max = 1 },
                ["kind"] = new ColumnSchema { Type = "categorical", Categories = ["a", "b"] },
            },
        };
        var source = CsvReader.Read(new StringReader("x,kind,label\n0.999999,a,p\n2,b,q\n0.5,a,r\n"), "small.csv");

        var rows = ScaledData.Generate(schema, source, 400, 5, noise: 0.5).ToArray();

        Assert.Equal(1200, rows.Length);
        var bySource = rows.GroupBy(r => r[2]).ToDictionary(g => g.Key, g => g.ToArray());
        Assert.All(bySource["q"], r => Assert.Equal(["2", "b", "q"], r));
        Assert.All(bySource["p"].Concat(bySource["r"]), r => Assert.InRange(double.Parse(r[0], CultureInfo.InvariantCulture), 0, 1));
        Assert.Contains(bySource["p"], r => r[0] == "1");
        Assert.True(bySource["r"].Select(r => r[0]).Distinct().Count() > 100);
        Assert.All(rows, r => Assert.Equal(r[2] == "q" ? "b" : "a", r[1]));
    }

    private static string RepoRoot()
    {
        var current = new DirectoryInfo(AppContext.BaseDirectory);
        while (current is not null && !File.Exists(Path.Combine(current.FullName, "Mlops.slnx")))
        {
            current = current.Parent;
        }

        return current?.FullName ?? throw new InvalidOperationException("Mlops.slnx not found above the test folder");
    }
}
