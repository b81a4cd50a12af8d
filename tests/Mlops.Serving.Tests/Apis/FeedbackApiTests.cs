using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Mlops.Core.Predictions;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Apis;

/// <summary>POST /feedback against the fixture store's real SQLite prediction log.</summary>
[Collection(ModelCollection.Name)]
public sealed class FeedbackApiTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task Feedback_LoggedPrediction_AcceptedThenReplacedAndStored()
    {
        await using var server = await StartAsync();
        var (id, predicted) = await PredictAsync(server, 3);
        var other = (await ClassesAsync(server)).First(c => c != predicted);

        var first = await server.PostJsonAsync("/feedback", new { prediction_id = id, label = predicted, observed_at = "2026-03-01T08:00:00Z" });
        var second = await server.PostJsonAsync("/feedback", new[] { new { prediction_id = id, label = other } });

        Assert.Equal((HttpStatusCode.OK, 1, 0), await CountsAsync(first));
        Assert.Equal((HttpStatusCode.OK, 0, 1), await CountsAsync(second));
        var stored = await fixture.Store.PredictionLog.ListLabelledAsync(new LabelledQuery { ModelName = RegisteredModelFixture.ModelName, MaxResults = 1_000 });
        Assert.Equal(other, stored.Single(l => l.Prediction.Id == id).Label);
    }

    [Fact]
    public async Task Feedback_UnknownIdAndBadClass_200WithEachRejectedItemAndItsReason()
    {
        await using var server = await StartAsync();
        var (id, predicted) = await PredictAsync(server, 5);
        var unknown = Guid.CreateVersion7().ToString();

        var response = await server.PostAsync("/feedback", $$"""
            [{"prediction_id": "{{id}}", "label": "{{predicted}}"}, {"prediction_id": "{{unknown}}", "label": "{{predicted}}"},
             {"prediction_id": "{{id}}", "label": "NotAClass"}, {"prediction_id": "{{id}}"}]
            """);
        var body = await Json.ReadElementAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((4, 1, 3), (body.GetProperty("received").GetInt32(), body.GetProperty("accepted").GetInt32(), body.GetProperty("rejected_count").GetInt32()));
        var rejected = body.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], rejected.Select(r => r.GetProperty("item").GetInt32()));
        Assert.StartsWith($"unknown prediction_id '{unknown}'", rejected[0].GetProperty("reason").GetString());
        Assert.StartsWith($"label 'NotAClass' is not one of the classes of model '{RegisteredModelFixture.ModelName}' version 1: ",
            rejected[1].GetProperty("reason").GetString());
        Assert.Equal("$[3].label is required", rejected[2].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Feedback_Csv_RowsStoredAndRejectedRowsNamedByLine()
    {
        await using var server = await StartAsync();
        var (id, predicted) = await PredictAsync(server, 7);

        var response = await server.PostAsync("/feedback", $"prediction_id,label\n{id},{predicted}\n{id},\n", "text/csv");
        var body = await Json.ReadElementAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rejected = Assert.Single(body.GetProperty("rejected").EnumerateArray());
        Assert.Equal((3, "label is empty"), (rejected.GetProperty("line").GetInt32(), rejected.GetProperty("reason").GetString()));
    }

    [Theory]
    [InlineData("[1, 2]", "$[0]")]
    [InlineData("{\"prediction_id\": ", "$")]
    [InlineData("\"text\"", "$")]
    public async Task Feedback_MalformedJson_400ProblemNamingTheField(string json, string field)
    {
        await using var server = await StartAsync();

        var response = await server.PostAsync("/feedback", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([field], (await Json.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Feedback_CsvWithoutLabelColumn_400NamingTheColumn()
    {
        await using var server = await StartAsync();

        var response = await server.PostAsync("/feedback", "prediction_id,class\nx,y\n", "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["label"], (await Json.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Feedback_PlainText_415()
    {
        await using var server = await StartAsync();

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await server.PostAsync("/feedback", "x", "text/plain")).StatusCode);
    }

    [Fact]
    public async Task Feedback_NoPredictionLog_404SayingFeedbackIsOff()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));

        var response = await server.PostJsonAsync("/feedback", new { prediction_id = Guid.CreateVersion7().ToString(), label = "x" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no prediction log", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Feedback_TokenConfigured_401WithoutAnd200WithIt()
    {
        const string token = "feedback-s3cret";
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), fixture.Store.PredictionLog,
            o => o with { AuthToken = token }, feedback: fixture.Store.PredictionLog);
        var body = new { prediction_id = Guid.CreateVersion7().ToString(), label = "x" };

        var without = await server.PostJsonAsync("/feedback", body);
        server.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var with = await server.PostJsonAsync("/feedback", body);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
    }

    private async Task<ServingHarness> StartAsync() =>
        await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1), fixture.Store.PredictionLog, feedback: fixture.Store.PredictionLog);

    /// <summary>Scores record <paramref name="index"/> and waits until its prediction is in the log.</summary>
    private async Task<(string Id, string Prediction)> PredictAsync(ServingHarness server, int index)
    {
        var response = await Json.ReadAsync<PredictionResponse>(await server.PostJsonAsync("/predict", fixture.Record(index)));
        await server.LogQueue.FlushAsync(TimeSpan.FromSeconds(10));
        return (response.PredictionId, response.Prediction);
    }

    private static async Task<IReadOnlyList<string>> ClassesAsync(ServingHarness server)
    {
        var info = await Json.ReadElementAsync(await server.Client.GetAsync("/model/info"));
        return [.. info.GetProperty("classes").EnumerateArray().Select(c => c.GetString()!)];
    }

    private static async Task<(HttpStatusCode, int, int)> CountsAsync(HttpResponseMessage response)
    {
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (response.StatusCode, body.GetProperty("accepted").GetInt32(), body.GetProperty("replaced").GetInt32());
    }
}
