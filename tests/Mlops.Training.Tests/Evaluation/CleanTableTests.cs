using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;
using Mlops.Training.Features;
using Mlops.Training.Tests.Configuration;
using Mlops.Training.Tests.Features;

namespace Mlops.Training.Tests.Evaluation;

/// <summary>The compact clean.csv the evaluate stage reads gives what <see cref="CleanRows"/> gives, cell for cell where it matters.</summary>
public sealed class CleanTableTests(CleanDataFixture data) : IClassFixture<CleanDataFixture>
{
    [Fact]
    public void Read_BundledCleanCsv_EverySliceSelectsTheRowsItSelectsInCleanRows()
    {
        var p = data.Params;
        var rows = CleanRows.Read(p, data.CleanCsv);
        var table = CleanTable.Read(p, data.CleanCsv);
        var cells = table.Rows([.. Enumerable.Range(0, table.Count)]);

        Assert.Equal(rows.Columns, table.Columns);
        Assert.Equal(rows.Labels, table.Labels);
        foreach (var slice in EvaluationSlices.From(p))
        {
            Assert.Equal(slice.Select(rows.Columns, rows.Inputs), slice.Select(table.Columns, cells));
        }
    }

    [Fact]
    public void Read_BundledCleanCsv_NumbersAndCategoriesEqualTheFileCells()
    {
        var p = data.Params;
        var rows = CleanRows.Read(p, data.CleanCsv);
        var table = CleanTable.Read(p, data.CleanCsv);
        var all = Enumerable.Range(0, table.Count).ToArray();
        var index = 0;
        foreach (var (_, column) in p.Schema.Columns)
        {
            var at = index++;
            if (column.Type == "numeric")
            {
                Assert.Equal(rows.Inputs.Select(r => double.Parse(r[at], CultureInfo.InvariantCulture)), table.Numbers(at, all));
            }
            else
            {
                Assert.Equal(rows.Inputs.Select(r => r[at]), table.Texts(at, all));
            }
        }
    }

    [Fact]
    public void Numbers_CellIsNoNumber_ThrowsNamingTheColumnAndTheCell()
    {
        using var temp = new TempDir();
        var p = data.Params;
        var lines = File.ReadAllLines(data.CleanCsv);
        var header = lines[0].Split(',');
        var (name, _) = p.Schema.Columns.First(c => c.Value.Type == "numeric");
        var column = Array.IndexOf(header, name);
        var cells = lines[1].Split(',');
        cells[column] = "heavy";
        lines[1] = string.Join(',', cells);
        File.WriteAllLines(temp.File("clean.csv"), lines);
        var table = CleanTable.Read(p, temp.File("clean.csv"));
        var at = table.Columns.ToList().IndexOf(name);

        var error = Assert.Throws<MlopsException>(() => table.Numbers(at, [0]));

        Assert.Contains($"column '{name}': 'heavy' is not a number", error.Message, StringComparison.Ordinal);
        Assert.Equal("heavy", table.Row(0)[at]);
    }
}
