using Mlops.Inference.Csv;
using Mlops.Training.Data;

namespace Mlops.Inference.Tests.Csv;

public sealed class CsvReaderTests
{
    [Theory]
    [InlineData("a,b\r\n1,2\r\n3,4\r\n")]
    [InlineData("a,b\n1,2\n3,4")]
    [InlineData("a , b\n 1, 2 \n\n3,4\n\n")]
    public void Read_CrlfLfAndBlankLines_SameTrimmedRows(string text)
    {
        var table = CsvReader.Read(new StringReader(text), "t.csv");

        Assert.Equal(["a", "b"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["3", "4"], table.Rows[1].Fields);
        Assert.Equal(2, table.Rows[1].Row);
    }

    [Fact]
    public void Read_BlankLine_KeepsTrueFileLine()
    {
        var table = CsvReader.Read(new StringReader("a\n1\n\n2\n"), "t.csv");
        Assert.Equal(4, table.Rows[1].Line);
    }

    [Fact]
    public void SplitLine_QuotedFields_KeepsCommasAndEscapedQuotes()
    {
        Assert.Equal(["x, y", "say \"hi\"", "z"], CsvReader.SplitLine("\"x, y\", \"say \"\"hi\"\"\",z"));
    }

    [Fact]
    public void FormatLine_ThenSplitLine_RoundTrips()
    {
        string[] fields = ["plain", "with,comma", "with \"quote\""];
        Assert.Equal(fields, CsvReader.SplitLine(CsvWriter.FormatLine(fields)));
    }
}
