using System.Net;
using System.Text.Json;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Apis;

[Collection(ModelCollection.Name)]
public sealed class InvocationsApiTests(RegisteredModelFixture fixture) : IAsyncLifetime
{
    private ServingHarness server = null!;

    public async Task InitializeAsync() => server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));

    public async Task DisposeAsync() => await server.DisposeAsync();

    private List<Dictionary<string, object>> Records => [.. Enumerable.Range(0, 5).Select(i => fixture.Record(i * 97))];

    [Fact]
    public async Task Invocations_AllFormsAndCsv_SamePredictionsAsPredictBatch()
    {
        var records = Records;
        var columns = records[0].Keys.ToList();
        var expected = (await Json.ReadAsync<BatchPredictionResponse>(await server.PostJsonAsync("/predict/batch", new { records })))
            .Predictions.Select(p => p.Prediction).ToList();
        var csv = string.Join(",", columns) + "\n" + string.Join("\n", records.Select(r => string.Join(",",
            columns.Select(c => Convert.ToString(r[c], System.Globalization.CultureInfo.InvariantCulture)))));

        var bodies = new (string Body, string ContentType)[]
        {
            (JsonSerializer.Serialize(new { dataframe_split = new { columns, data = records.Select(r => columns.Select(c => r[c])) } }), "application/json"),
            (JsonSerializer.Serialize(new { dataframe_records = records }), "application/json"),
            (JsonSerializer.Serialize(new { instances = records }), "application/json"),
            (JsonSerializer.Serialize(new { inputs = records }), "application/json"),
            (JsonSerializer.Serialize(new { inputs = columns.ToDictionary(c => c, c => records.Select(r => r[c])) }), "application/json"),
            (csv, "text/csv"),
        };
        foreach (var (body, contentType) in bodies)
        {
            var response = await server.PostAsync("/invocations", body, contentType);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{contentType} {body[..30]}: {await response.Content.ReadAsStringAsync()}");
            var answer = await Json.ReadAsync<InvocationsResponse>(response);
            Assert.Equal(expected, answer.Predictions.Select(p => p["prediction"].GetString()));
            Assert.Equal(8, answer.Predictions[0].Count);
            Assert.True(answer.Predictions[0].ContainsKey("probability_Normal_Weight"));
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData(null)]
    public async Task Invocations_OtherContentType_415(string? contentType)
    {
        var response = await server.PostAsync("/invocations", "{}", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{}", "$")]
    [InlineData("{\"dataframe_records\": [], \"instances\": []}", "$")]
    [InlineData("{\"records\": []}", "records")]
    [InlineData("{\"dataframe_split\": {\"columns\": [\"Age\"]}}", "dataframe_split")]
    [InlineData("{\"dataframe_records\": []}", "dataframe_records")]
    [InlineData("{\"instances\": [[1, 2]]}", "instances[0]")]
    [InlineData("{\"inputs\": {\"Age\": [1, 2], \"Height\": [1.7]}}", "inputs.Height")]
    public async Task Invocations_WrongShape_400NamesField(string body, string field)
    {
        var response = await server.PostAsync("/invocations", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await Json.ErrorsAsync(response)).Keys);
    }

    [Fact]
    public async Task Invocations_InvalidValues_400WithRowAndField()
    {
        var records = Records;
        records[1]["Age"] = 500;
        records[3]["Nickname"] = "x";
        var columns = records[3].Keys.ToList();
        var split = new { dataframe_split = new { columns, data = records.Select(r => columns.Select(c => r.GetValueOrDefault(c))) } };

        var fromRecords = await Json.ErrorsAsync(await server.PostJsonAsync("/invocations", new { dataframe_records = records }));
        var fromSplit = await Json.ErrorsAsync(await server.PostJsonAsync("/invocations", split));

        Assert.Equal(["dataframe_records[1].Age", "dataframe_records[3].Nickname"], fromRecords.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("dataframe_split.data[1].Age", fromSplit.Keys);
        Assert.Contains("dataframe_split.columns[16]", fromSplit.Keys);
    }

    [Fact]
    public async Task Invocations_CsvWithBadValueAndMissingColumn_400()
    {
        var badValue = "Gender,Age,Height,Weight,family_history_with_overweight,FAVC,FCVC,NCP,CAEC,SMOKE,CH2O,SCC,FAF,TUE,CALC,MTRANS\n" +
            "Female,abc,1.62,64,yes,no,2,3,Sometimes,no,2,no,0,1,no,Public_Transportation\n";
        var missingColumn = "Gender,Age\nFemale,21\n";

        var first = await server.PostAsync("/invocations", badValue, "text/csv");
        var second = await server.PostAsync("/invocations", missingColumn, "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Contains("row 1.Age", (await Json.ErrorsAsync(first)).Keys);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
    }

    [Fact]
    public async Task Invocations_CsvInvalidUtf8_400()
    {
        var response = await server.PostBytesAsync("/invocations", [0x41, 0x67, 0x65, 0x0a, 0xff, 0xfe, 0x0a], "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
