using System.Net;
using Mlops.Inference.Loading;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Models;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Apis;

[Collection(ModelCollection.Name)]
public sealed class PredictApiTests(RegisteredModelFixture fixture) : IAsyncLifetime
{
    private ServingHarness server = null!;

    public async Task InitializeAsync() => server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1, "champion-test"));

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Predict_ValidRecord_ReturnsPredictionProbabilitiesRiskAndModel()
    {
        var response = await server.PostJsonAsync("/predict", fixture.Record(0));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await Json.ReadAsync<PredictionResponse>(response);
        Assert.Equal(7, body.Probabilities.Count);
        Assert.Equal(1.0, body.Probabilities.Values.Sum(), 3);
        Assert.Equal(body.Probabilities[body.Prediction], body.Confidence, 6);
        Assert.Equal(body.Probabilities.Values.Max(), body.Confidence, 6);
        // The oracle is the params file the fixture trained with, not the server's mapping code.
        Assert.Equal(fixture.Params.Serving.RiskLevels[body.Prediction], body.RiskLevel);
        Assert.Equal(new ModelReference("obesity_classifier", 1, "champion-test", "models:/obesity_classifier@champion-test"), body.Model);
        Assert.True(Guid.TryParse(body.PredictionId, out _));
    }

    [Fact]
    public async Task Predict_DatasetRows_MatchTheMlopsPredictScoringPath()
    {
        using var loaded = await new ModelLoader(fixture.Store.Tracking, fixture.Store.Registry, fixture.Store.Artifacts)
            .LoadAsync("models:/obesity_classifier/1");
        var target = fixture.Data.IndexOf("NObeyesdad");
        var correct = 0;
        for (var i = 0; i < 60; i++)
        {
            var index = i * 31;
            var body = await Json.ReadAsync<PredictionResponse>(await server.PostJsonAsync("/predict", fixture.Record(index)));
            var fields = fixture.Data.Rows[index].Fields;
            var inputs = loaded.InputColumns.Select(c => fields[fixture.Data.IndexOf(c)]).ToArray();
            var probabilities = new float[loaded.Classes.Count];
            var expected = loaded.Predict(inputs, probabilities);
            Assert.Equal(loaded.Classes[expected], body.Prediction);
            Assert.Equal(probabilities[expected], body.Confidence, 5);
            correct += body.Prediction == fields[target] ? 1 : 0;
        }
        Assert.True(correct >= 50, $"only {correct}/60 dataset rows predicted correctly");
    }

    [Fact]
    public async Task Predict_CategoryInOtherCaseAndCharsetParameter_Accepted()
    {
        var record = fixture.Record(3);
        record["Gender"] = ((string)record["Gender"]).ToUpperInvariant();
        var response = await server.PostAsync("/predict", System.Text.Json.JsonSerializer.Serialize(record), "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("Age", "is required")]
    [InlineData("MTRANS", "is required")]
    public async Task Predict_MissingField_400NamesField(string field, string message)
    {
        var record = fixture.Record(1);
        record.Remove(field);

        var errors = await AssertValidationAsync(await server.PostJsonAsync("/predict", record));

        Assert.Contains(message, Assert.Single(errors[field]));
        Assert.Single(errors);
    }

    [Fact]
    public async Task Predict_NullForRequiredField_400Missing()
    {
        var record = fixture.Record(1);
        record["Height"] = null!;

        var errors = await AssertValidationAsync(await server.PostJsonAsync("/predict", record));

        Assert.Contains("is required", errors["Height"][0]);
    }

    [Fact]
    public async Task Predict_UnknownField_400NamesField()
    {
        var record = fixture.Record(1);
        record["Shoe_Size"] = 42;

        var errors = await AssertValidationAsync(await server.PostJsonAsync("/predict", record));

        Assert.Contains("is not an input of the model", errors["Shoe_Size"][0]);
    }

    [Theory]
    [InlineData("Age", "\"twenty\"", "expected a number; got 'twenty'")]
    [InlineData("Age", "true", "expected a number; got a boolean")]
    [InlineData("Age", "[21]", "expected a number; got an array")]
    [InlineData("Gender", "1", "got a number")]
    [InlineData("Gender", "{\"a\":1}", "got an object")]
    public async Task Predict_WrongType_400NamesFieldAndType(string field, string json, string message)
    {
        var body = RecordJsonWith(field, json);

        var errors = await AssertValidationAsync(await server.PostAsync("/predict", body));

        Assert.Contains(message, errors[field][0]);
    }

    [Theory]
    [InlineData("Age", "120", "outside the allowed range [10, 90]")]
    [InlineData("Height", "0.5", "outside the allowed range [1.2, 2.2]")]
    [InlineData("FAF", "-1", "outside the allowed range [0, 3]")]
    [InlineData("Weight", "1e400", "finite number")]
    public async Task Predict_OutOfRange_400NamesFieldAndRange(string field, string json, string message)
    {
        var errors = await AssertValidationAsync(await server.PostAsync("/predict", RecordJsonWith(field, json)));

        Assert.Contains(message, errors[field][0]);
    }

    [Fact]
    public async Task Predict_UnknownCategory_400ListsAllowedValues()
    {
        var errors = await AssertValidationAsync(await server.PostAsync("/predict", RecordJsonWith("MTRANS", "\"Rocket\"")));

        Assert.Equal("'Rocket' is not one of Public_Transportation, Automobile, Walking, Motorbike, Bike", errors["MTRANS"][0]);
    }

    [Fact]
    public async Task Predict_DuplicateField_400()
    {
        var body = RecordJsonWith("Age", "21").TrimEnd('}') + ",\"Age\":22}";

        var errors = await AssertValidationAsync(await server.PostAsync("/predict", body));

        Assert.Contains("more than once", errors["Age"][0]);
    }

    [Fact]
    public async Task Predict_SeveralErrors_AllListedWithTheirFields()
    {
        var record = fixture.Record(2);
        record["Age"] = 200;
        record["Gender"] = "Other";
        record.Remove("CH2O");
        record["Extra"] = "x";

        var errors = await AssertValidationAsync(await server.PostJsonAsync("/predict", record));

        Assert.Equal(["Age", "CH2O", "Extra", "Gender"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{\"Age\": 21,")]
    [InlineData("{Age: 21}")]
    [InlineData("")]
    [InlineData("{} {}")]
    public async Task Predict_MalformedJson_400Problem(string body)
    {
        var response = await server.PostAsync("/predict", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    public async Task Predict_NotAnObject_400(string body)
    {
        var errors = await AssertValidationAsync(await server.PostAsync("/predict", body));

        Assert.Contains("must be a JSON object", errors["$"][0]);
    }

    [Fact]
    public async Task Predict_BodyOverLimit_413()
    {
        var body = "{\"Age\": \"" + new string('x', 70 * 1024) + "\"}";

        var response = await server.PostAsync("/predict", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/csv")]
    [InlineData(null)]
    public async Task Predict_NotJsonContentType_415(string? contentType)
    {
        var response = await server.PostAsync("/predict", System.Text.Json.JsonSerializer.Serialize(fixture.Record(0)), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    private string RecordJsonWith(string field, string json)
    {
        var record = fixture.Record(5);
        record.Remove(field);
        var text = System.Text.Json.JsonSerializer.Serialize(record);
        return text.TrimEnd('}') + $",\"{field}\":{json}}}";
    }

    private static async Task<IReadOnlyDictionary<string, string[]>> AssertValidationAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await Json.ErrorsAsync(response);
    }
}
