using Mlops.Core.Errors;
using Mlops.Monitoring.Feedback;

namespace Mlops.Monitoring.Tests.Feedback;

public sealed class FeedbackCsvTests
{
    private static IReadOnlyList<FeedbackItem> Parse(string csv) => FeedbackCsv.Parse(new StringReader(csv), "labels.csv");

    [Fact]
    public void Parse_HeaderAnyOrder_RowsWithTheirLineNumbers()
    {
        var items = Parse("label,extra,prediction_id,observed_at\nObese,1,a,2026-03-01T00:00:00Z\n\"Normal, weight\",2,b,\n");

        Assert.Equal([("a", "Obese", 2), ("b", "Normal, weight", 3)], items.Select(i => (i.Label!.PredictionId, i.Label.Label, i.Line!.Value)));
        Assert.Equal([new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), null], items.Select(i => i.Label!.ObservedAt));
    }

    [Fact]
    public void Parse_BadRows_EachFailsAloneWithItsLine()
    {
        var items = Parse("prediction_id,label,observed_at\na,Obese,\n,Obese,\nc,,\nd,Obese,soon\ne\n");

        Assert.Equal([null, "prediction_id is empty", "label is empty",
            "observed_at 'soon' is not an ISO 8601 time such as 2026-03-01T12:00:00Z", "1 column(s); the header names 3"],
            items.Select(i => i.Problem));
        Assert.Equal([2, 3, 4, 5, 6], items.Select(i => i.Line!.Value));
        Assert.Equal("e", items[4].PredictionId);
    }

    [Theory]
    [InlineData("", "labels.csv is empty; expected the header prediction_id,label[,observed_at]")]
    [InlineData("id,label\na,b\n", "labels.csv, line 1: the header has no column 'prediction_id'")]
    [InlineData("prediction_id,class\na,b\n", "labels.csv, line 1: the header has no column 'label'")]
    public void Parse_BadHeader_InvalidNamingTheColumn(string csv, string message)
    {
        var e = Assert.Throws<MlopsException>(() => Parse(csv));

        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        Assert.StartsWith(message, e.Message);
    }
}
