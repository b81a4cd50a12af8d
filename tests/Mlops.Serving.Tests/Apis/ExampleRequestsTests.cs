using System.Net;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Apis;

/// <summary>The sample inputs in examples/ that README points to are accepted by the endpoints it names.</summary>
[Collection(ModelCollection.Name)]
public sealed class ExampleRequestsTests(RegisteredModelFixture fixture)
{
    [Theory]
    [InlineData("/predict", "request.json", "application/json")]
    [InlineData("/predict/batch", "batch.json", "application/json")]
    [InlineData("/invocations", "new.csv", "text/csv")]
    public async Task Example_PostedAsDocumented_Scored(string route, string file, string contentType)
    {
        await using var server = await ServingHarness.StartAsync(fixture, await fixture.AliasAsync(1));
        var body = await File.ReadAllBytesAsync(Path.Combine(RegisteredModelFixture.RepoRoot(), "examples", file));

        var response = await server.PostBytesAsync(route, body, contentType);

        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
