using Mlops.Core.Errors;
using Mlops.Training.Models;

namespace Mlops.Training.Tests.Models;

public class FeatureTableReaderTests
{
    [Fact]
    public void Read_WrittenTable_RoundTripsValuesNamesAndLabels()
    {
        using var temp = new TempFolder();
        var table = new FeatureTable(["CAEC=no", "BMI"], [0f, 1.25f, 1f, -0.333333343f], ["Normal_Weight", "Obesity_Type_I"]);

        FeatureTableReader.Write(table, temp.File("t.csv"));
        var read = FeatureTableReader.Read(temp.File("t.csv"));

        Assert.Equal(table.FeatureNames, read.FeatureNames);
        Assert.Equal(table.Values, read.Values);
        Assert.Equal(table.Labels, read.Labels);
    }

    [Fact]
    public void Read_NamesAndLabelsWithCommasAndQuotes_RoundTrip()
    {
        using var temp = new TempFolder();
        var table = new FeatureTable(["color=red, dark", "size=\"xl\"", "x"], [1f, 0f, 2.5f], ["yes, mostly"]);

        FeatureTableReader.Write(table, temp.File("t.csv"));
        var read = FeatureTableReader.Read(temp.File("t.csv"));

        Assert.Equal(table.FeatureNames, read.FeatureNames);
        Assert.Equal(table.Values, read.Values);
        Assert.Equal(table.Labels, read.Labels);
    }

    [Fact]
    public void Read_NonNumericValue_ThrowsNamingLineAndColumn()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.csv"), "Age,BMI,label\n1,2,Normal_Weight\n3,abc,Normal_Weight\n");

        var error = Assert.Throws<MlopsException>(() => FeatureTableReader.Read(temp.File("t.csv")));

        Assert.Contains("line 3", error.Message);
        Assert.Contains("'BMI'", error.Message);
    }

    [Fact]
    public void Read_LastColumnNotLabel_Throws()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp.File("t.csv"), "Age,BMI\n1,2\n");

        var error = Assert.Throws<MlopsException>(() => FeatureTableReader.Read(temp.File("t.csv")));

        Assert.Contains("'label'", error.Message);
    }
}
