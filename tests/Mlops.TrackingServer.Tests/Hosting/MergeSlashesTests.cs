namespace Mlops.TrackingServer.Tests.Hosting;

/// <summary>A leading "//" is redirected to one slash (as MLflow's werkzeug does), never towards another host.</summary>
public sealed class MergeSlashesTests
{
    private static async Task<HttpResponseMessage> GetWithoutRedirectAsync(ServerHarness harness, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        return await client.GetAsync(new Uri(harness.Client.BaseAddress!.GetLeftPart(UriPartial.Authority) + path));
    }

    [Fact]
    public async Task Get_LeadingDoubleSlash_Redirects308ToOneSlashKeepingTheQuery()
    {
        await using var harness = await ServerHarness.StartAsync();

        using var response = await GetWithoutRedirectAsync(harness, "//model-versions/get-artifact?name=m&version=1&path=a");

        Assert.Equal(308, (int)response.StatusCode);
        Assert.Equal("/model-versions/get-artifact?name=m&version=1&path=a", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Get_DoubleSlashThenBackslash_IsNotRedirected()
    {
        await using var harness = await ServerHarness.StartAsync();

        using var response = await GetWithoutRedirectAsync(harness, "//%5Cevil.example/x");

        Assert.NotEqual(308, (int)response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
