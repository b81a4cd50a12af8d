using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mlops.TrackingServer.Tests;

/// <summary>Small JSON helpers for the HTTP tests.</summary>
internal static class Json
{
    public static async Task<(int Status, JsonNode? Body)> PostAsync(HttpClient client, string path, object body, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        return await SendAsync(client, request);
    }

    public static async Task<(int Status, JsonNode? Body)> GetAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(client, request);
    }

    private static async Task<(int Status, JsonNode? Body)> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }
}
