using System.Text;
using Mlops.Core.Errors;
using Mlops.Monitoring.Feedback;

namespace Mlops.Monitoring.Tests.Feedback;

public sealed class FeedbackJsonTests
{
    private static IReadOnlyList<FeedbackItem> Parse(string json) => FeedbackJson.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void Parse_OneObject_OneItemWithObservedAt()
    {
        var item = Assert.Single(Parse("""{"prediction_id": "a", "label": "Obese", "observed_at": "2026-03-01T12:00:00+01:00"}"""));

        Assert.Equal(new DateTimeOffset(2026, 3, 1, 11, 0, 0, TimeSpan.Zero), item.Label!.ObservedAt);
        Assert.Equal(("a", "Obese", 0, (int?)null), (item.Label.PredictionId, item.Label.Label, item.Item, item.Line));
    }

    [Fact]
    public void Parse_Array_ItemsInOrderAndBadFieldsFailOnlyTheirItem()
    {
        var items = Parse("""
            [{"prediction_id": "a", "label": "x"}, {"prediction_id": "b"}, {"prediction_id": 7, "label": "x"},
             {"prediction_id": "d", "label": "x", "observed_at": "yesterday"}, {"prediction_id": "e", "label": "y", "observed_at": null}]
            """);

        Assert.Equal([null, "$[1].label is required", "$[2].prediction_id: expected a string; got the number 7",
            "$[3].observed_at: expected an ISO 8601 time such as 2026-03-01T12:00:00Z; got 'yesterday'", null], items.Select(i => i.Problem));
        Assert.Equal([true, false, false, false, true], items.Select(i => i.Label is not null));
        Assert.Equal([0, 1, 2, 3, 4], items.Select(i => i.Item));
    }

    [Theory]
    [InlineData("{\"prediction_id\": ", "$: the body is not valid JSON")]
    [InlineData("42", "$: expected an object {\"prediction_id\", \"label\"} or an array of them; got the number 42")]
    [InlineData("[]", "$: expected 1 to 10000 feedback items; got 0")]
    [InlineData("[{\"prediction_id\": \"a\", \"label\": \"x\"}, \"b\"]", "$[1]: expected an object {\"prediction_id\", \"label\"}; got a string")]
    public void Parse_MalformedBody_InvalidNamingThePath(string json, string message)
    {
        var e = Assert.Throws<MlopsException>(() => Parse(json));

        Assert.Equal(ErrorCode.InvalidParameterValue, e.Code);
        Assert.StartsWith(message, e.Message);
    }
}
