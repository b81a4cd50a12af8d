using System.Text;
using Mlops.Core.Errors;
using Mlops.Training.Init;
using Mlops.Training.Tests.Models;

namespace Mlops.Training.Tests.Init;

public sealed class RawCsvLoaderTests
{
    [Fact]
    public void Load_SemicolonBomCrlfAndQuotes_ReadsTheFieldsAndSaysWhatItNormalized()
    {
        using var temp = new TempFolder();
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "name;\"size; cm\";kind\r\n\"Smith; John\";1,5;a\r\nDoe;2,25;\"b \"\"x\"\"\"\r\n")).ToArray();
        File.WriteAllBytes(temp.File("t.csv"), bytes);

        var table = RawCsvLoader.Load(temp.File("t.csv"));

        Assert.Equal(';', table.Delimiter);
        Assert.Equal(["name", "size; cm", "kind"], table.Header);
        Assert.Equal(["Smith; John", "1,5", "a"], table.Rows[0]);
        Assert.Equal(["Doe", "2,25", "b \"x\""], table.Rows[1]);
        Assert.Equal([2, 3], table.RowLines);
        Assert.Contains(table.Notes, n => n.Contains("byte-order mark"));
        Assert.Contains(table.Notes, n => n.Contains("CRLF"));
        Assert.Contains(table.Notes, n => n.Contains("delimiter: ';'"));
    }

    [Fact]
    public void Load_HeaderWithAccentsSpacesAndRepeats_TrimsRenamesRepeatsAndMatchesATargetWithOtherAccents()
    {
        using var temp = new TempFolder();
        // "Âge" decomposed (A + combining circumflex), as some systems write it; a user types the composed form.
        File.WriteAllText(temp.File("t.csv"), " A\u0302ge du client ,Taille,taille,,Résultat\n1,2,3,4,a\n");

        var table = RawCsvLoader.Load(temp.File("t.csv"));

        Assert.Equal(["A\u0302ge du client", "Taille", "taille_2", "column_4", "Résultat"], table.Header);
        Assert.Contains(table.Notes, n => n.Contains("'taille_2'"));
        Assert.Contains(table.Notes, n => n.Contains("'column_4'"));
        Assert.Equal(0, table.IndexOf("\u00C2ge du client"));
        Assert.Equal(4, table.IndexOf("resultat"));
        Assert.Equal(-1, table.IndexOf("Résultats"));
    }

    [Theory]
    [InlineData("a,b\n1,2\n3\n", "line 3")]
    [InlineData("a,b\n1,\"2\n3\",4\n", "line 2")]
    [InlineData("abc\n1\n", "line 1")]
    public void Load_MalformedTable_ThrowsNamingTheLine(string csv, string line)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.csv"), csv);

        var error = Assert.Throws<MlopsException>(() => RawCsvLoader.Load(temp.File("t.csv")));

        Assert.Contains(line, error.Message);
    }

    [Fact]
    public void Load_EmptyOrHeaderOnly_ThrowsSayingEmpty()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("empty.csv"), " \n\n");
        File.WriteAllText(temp.File("header.csv"), "a,b\n");

        Assert.Contains("empty", Assert.Throws<MlopsException>(() => RawCsvLoader.Load(temp.File("empty.csv"))).Message);
        Assert.Contains("no data rows", Assert.Throws<MlopsException>(() => RawCsvLoader.Load(temp.File("header.csv"))).Message);
    }

    [Fact]
    public void Load_BinaryFile_ThrowsSayingNotCsv()
    {
        using var temp = new TempFolder();
        File.WriteAllBytes(temp.File("t.csv"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x2C, 0x0A]);

        var error = Assert.Throws<MlopsException>(() => RawCsvLoader.Load(temp.File("t.csv")));

        Assert.Contains("not a CSV", error.Message);
    }
}
