using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Input;
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
    public async Task PredictBatch_SpacingEscapesAndCase_SameResultsAsCompactBody()
    {
        var records = Enumerable.Range(0, 30).Select(i => fixture.Record(i * 60)).ToList();
        var compact = System.Text.Json.JsonSerializer.Serialize(new { records });
        var indented = System.Text.Json.JsonSerializer.Serialize(new { records }, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        var escaped = compact.Replace("\"Gender\":", "\"Gend\\u0065r\":", StringComparison.Ordinal)
            .Replace("\"Female\"", "\"female\"", StringComparison.Ordinal);

        var expected = await Json.ReadAsync<BatchPredictionResponse>(await server.PostAsync("/predict/batch", compact, "application/json"));
        foreach (var body in new[] { indented, escaped })
        {
            var actual = await Json.ReadAsync<BatchPredictionResponse>(await server.PostAsync("/predict/batch", body, "application/json"));
            Assert.Equal(expected.Predictions.Select(p => (p.Prediction, p.Confidence)), actual.Predictions.Select(p => (p.Prediction, p.Confidence)));
        }
        // The fast reader takes the plain spellings and leaves escapes and other cases to the full reader.
        var model = server.App.Services.GetRequiredService<Mlops.Serving.Models.ModelHost>().Current!;
        double[]? rows = null;
        Assert.True(FastBatchReader.TryRead(System.Text.Encoding.UTF8.GetBytes(indented), model, 1000, ref rows, out var count));
        Assert.Equal(30, count);
        Assert.False(FastBatchReader.TryRead(System.Text.Encoding.UTF8.GetBytes(escaped), model, 1000, ref rows, out _));
        Assert.False(FastBatchReader.TryRead(System.Text.Encoding.UTF8.GetBytes(compact), model, 29, ref rows, out _));
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
