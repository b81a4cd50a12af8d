using System.Net;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Apis;

[Collection(ModelCollection.Name)]
public sealed class BatchApiTests(RegisteredModelFixture fixture) : IAsyncLifetime
{
    private ServingHarness server = null!;

    public async Task InitializeAsync() => server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task PredictBatch_Records_OneResultEachInOrderPlusSummary()
    {
        var records = Enumerable.Range(0, 40).Select(i => fixture.Record(i * 50)).ToList();

        var response = await server.PostJsonAsync("/predict/batch", new { records });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadAsync<BatchPredictionResponse>(response);
        Assert.Equal(40, body.Predictions.Count);
        Assert.Equal(40, body.Summary.Count);
        Assert.Equal(40, body.Summary.RiskDistribution.Values.Sum());
        Assert.Equal(body.Predictions.Average(p => p.Confidence), body.Summary.MeanConfidence, 5);
        Assert.Equal(1, body.Model.Version);
        Assert.Equal(40, body.Predictions.Select(p => p.PredictionId).Distinct().Count());
        for (var i = 0; i < 40; i += 7)
        {
            var single = await Json.ReadAsync<PredictionResponse>(await server.PostJsonAsync("/predict", records[i]));
            Assert.Equal(single.Prediction, body.Predictions[i].Prediction);
            Assert.Equal(single.Confidence, body.Predictions[i].Confidence, 5);
        }
    }

    [Fact]
    public async Task PredictBatch_InvalidRecords_ErrorsNameRecordIndexAndField()
    {
        var bad = fixture.Record(1);
        bad["Age"] = "old";
        var missing = fixture.Record(2);
        missing.Remove("SMOKE");

        var response = await server.PostJsonAsync("/predict/batch", new { records = new object[] { fixture.Record(0), bad, missing, 7 } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await Json.ErrorsAsync(response);
        Assert.Equal(["records[1].Age", "records[2].SMOKE", "records[3]"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{}", "records")]
    [InlineData("{\"records\": []}", "records")]
    [InlineData("{\"records\": {}}", "records")]
    [InlineData("{\"rows\": []}", "rows")]
    [InlineData("[]", "$")]
    public async Task PredictBatch_WrongShape_400NamesField(string body, string field)
    {
        var response = await server.PostAsync("/predict/batch", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await Json.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task PredictBatch_MoreRecordsThanLimit_400()
    {
        var records = Enumerable.Range(0, 101).Select(i => fixture.Record(i)).ToList();

        var response = await server.PostJsonAsync("/predict/batch", new { records });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("limit of 100", (await Json.ErrorsAsync(response))["records"][0]);
    }

    [Fact]
    public async Task PredictBatch_TruncatedJson_400()
    {
        var response = await server.PostAsync("/predict/batch", "{\"records\": [{\"Age\": 2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task PredictBatch_TextPlain_415()
    {
        var response = await server.PostAsync("/predict/batch", "{\"records\": []}", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}
