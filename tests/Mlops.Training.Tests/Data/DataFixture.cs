using Mlops.Training.Configuration;
using Mlops.Training.Tests.Configuration;

namespace Mlops.Training.Tests.Data;

/// <summary>Small CSVs cut from the bundled dataset, and params.yaml variants, for validation tests.</summary>
public static class DataFixture
{
    private static readonly Lazy<string[]> RawLines = new(() => File.ReadAllLines(RepoFiles.RawCsv));

    public static string[] Header => RawLines.Value[0].Split(',');

    public static int Column(string name) => Array.IndexOf(Header, name);

    /// <summary>The header and the first <paramref name="rows"/> data rows, with one cell replaced when asked.</summary>
    public static string Sample(int rows, int editRow = 0, string editColumn = "", string editValue = "")
    {
        var lines = RawLines.Value.Take(rows + 1).ToArray();
        if (editRow > 0)
        {
            var fields = lines[editRow].Split(',');
            fields[Column(editColumn)] = editValue;
            lines[editRow] = string.Join(',', fields);
        }
        return string.Join("\r\n", lines) + "\r\n";
    }

    public static string WithoutColumn(string csv, string column)
    {
        var index = Column(column);
        var lines = csv.TrimEnd().Split("\r\n").Select(l => string.Join(',', l.Split(',').Where((_, i) => i != index)));
        return string.Join("\n", lines) + "\n";
    }

    public static PipelineParams Params(params (string Old, string New)[] replacements)
    {
        var text = RepoFiles.ParamsText;
        foreach (var (old, replacement) in replacements)
        {
            Assert.Contains(old, text);
            text = text.Replace(old, replacement);
        }
        return ParamsLoader.Load(text);
    }

    /// <summary>The repo's params with one validation rule's policy set, whatever params.yaml's default is.</summary>
    public static PipelineParams Policy(string rule, string policy)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(RepoFiles.ParamsText, $@"(?m)^  {rule}: \w+", $"  {rule}: {policy}");
        Assert.Contains($"  {rule}: {policy}", text);
        return ParamsLoader.Load(text);
    }
}
