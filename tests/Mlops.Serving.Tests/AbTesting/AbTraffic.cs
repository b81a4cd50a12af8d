using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.AbTesting;

/// <summary>Requests with a unit key, and the A/B fields of their answers.</summary>
internal static class AbTraffic
{
    public static async Task<HttpResponseMessage> PostAsync(ServingHarness server, string path, object body, string? unitHeader = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(body))),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        if (unitHeader is not null)
        {
            request.Headers.Add("X-Mlops-Unit", unitHeader);
        }
        return await server.Client.SendAsync(request);
    }

    /// <summary>The answer's "variant" (null when the answer has none), after checking the request succeeded.</summary>
    public static async Task<(string? Variant, JsonElement Body)> VariantAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var body = await Json.ReadElementAsync(response);
        return (body.TryGetProperty("variant", out var variant) ? variant.GetString() : null, body);
    }

    /// <summary>The variant each of <paramref name="keys"/> is answered by, <paramref name="parallel"/> requests at a time.</summary>
    public static async Task<Dictionary<string, string>> AssignAsync(ServingHarness server, object record, IReadOnlyList<string> keys, int parallel = 8)
    {
        var result = new System.Collections.Concurrent.ConcurrentDictionary<string, string>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallel).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i < keys.Count; i = Interlocked.Increment(ref next))
            {
                var (variant, _) = await VariantAsync(await PostAsync(server, "/predict", record, keys[i]));
                result[keys[i]] = variant ?? "";
            }
        })));
        return new Dictionary<string, string>(result);
    }
}
