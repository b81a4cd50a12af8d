using Mlops.Cli.Commands.Runs;
using Spectre.Console;

namespace Mlops.Cli.Tests.Runs;

public sealed class SliceTableTests
{
    private static string Render(Table table)
    {
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = 200;
        console.Write(table);
        return text.ToString();
    }

    [Fact]
    public void From_ScoredAndTooSmallSlices_OneRowEachWithTheirFigures()
    {
        var metrics = new Dictionary<string, double>
        {
            ["accuracy"] = 0.9,
            ["slices.survey_rows.rows"] = 104,
            ["slices.survey_rows.accuracy"] = 0.61,
            ["slices.survey_rows.macro_f1"] = 0.55,
            ["slices.survey_rows.leakage_share"] = 0.02,
            ["slices.survey_rows.recall.a"] = 0.7,
            ["slices.tiny.rows"] = 4,
            ["slices.tiny.min_rows"] = 30,
        };

        var text = Render(SliceTable.From(metrics)!);

        var lines = text.Split('\n');
        Assert.Contains(lines, l => l.Contains("survey_rows") && l.Contains("104") && l.Contains("0.61") && l.Contains("0.55") && l.Contains("0.02"));
        Assert.Contains(lines, l => l.Contains("tiny") && l.Contains("too small (< 30)"));
        Assert.DoesNotContain("recall", text);
    }

    [Fact]
    public void From_NoSliceMetrics_IsNull() =>
        Assert.Null(SliceTable.From(new Dictionary<string, double> { ["accuracy"] = 0.9 }));
}
