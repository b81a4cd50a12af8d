using System.Net;
using System.Text.Json;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Apis;

/// <summary>risk_level comes from the package's mapping (params.yaml serving.risk_levels), and is null without one.</summary>
[Collection(ModelCollection.Name)]
public sealed class RiskLevelTests(RegisteredModelFixture fixture)
{
    [Fact]
    public async Task PredictBatch_PackageWithLevels_EachRowHasItsClassLevelFromParams()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));
        var levels = fixture.Params.Serving.RiskLevels;
        var records = Enumerable.Range(0, 60).Select(i => fixture.Record(i * 33)).ToList();

        var body = await Json.ReadAsync<BatchPredictionResponse>(await server.PostJsonAsync("/predict/batch", new { records }));

        Assert.All(body.Predictions, p => Assert.Equal(levels[p.Prediction], p.RiskLevel));
        var expected = levels.Values.Distinct().ToDictionary(l => l, l => body.Predictions.Count(p => levels[p.Prediction] == l));
        Assert.Equal(expected, body.Summary.RiskDistribution);
    }

    [Fact]
    public async Task Predict_PackageWithoutLevels_RiskLevelIsNullAndDistributionEmpty()
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(4));
        var records = Enumerable.Range(0, 5).Select(i => fixture.Record(i * 100)).ToList();

        var single = await server.PostJsonAsync("/predict", records[0]);
        var batch = await Json.ReadAsync<BatchPredictionResponse>(await server.PostJsonAsync("/predict/batch", new { records }));

        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        using var doc = JsonDocument.Parse(await single.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("risk_level").ValueKind);
        Assert.All(batch.Predictions, p => Assert.Null(p.RiskLevel));
        Assert.Empty(batch.Summary.RiskDistribution);
        Assert.Equal(5, batch.Summary.Count);
    }
}
