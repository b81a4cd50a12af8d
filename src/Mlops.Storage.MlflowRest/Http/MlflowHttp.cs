using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Mlops.Core.Errors;

namespace Mlops.Storage.MlflowRest.Http;

/// <summary>
/// The single HTTP path to the server: JSON in and out, authentication, MLflow error mapping, and retries with
/// backoff for idempotent GETs on 5xx answers and connection failures.
/// </summary>
internal sealed class MlflowHttp(HttpClient http, MlflowRestOptions options)
{
    private readonly string _base = options.BaseUri.AbsoluteUri.TrimEnd('/');
    private readonly AuthenticationHeaderValue? _auth = CreateAuth(options);

    public string Url(string pathAndQuery) => _base + pathAndQuery;

    public async Task<T> GetAsync<T>(string path, IEnumerable<KeyValuePair<string, string?>> query, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, path + QueryString.Build(query), null, ct);
        return await ReadAsync<T>(response, ct);
    }

    /// <summary>As <see cref="GetAsync{T}"/>, but a 404 (no such endpoint on this server) is null rather than an error.</summary>
    public async Task<T?> GetOrDefaultAsync<T>(string path, CancellationToken ct) where T : class
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, ct, notFoundIsNull: true);
        return response is null ? null : await ReadAsync<T>(response, ct);
    }

    public async Task<string> GetTextAsync(string path, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, ct);
        return await response.Content.ReadAsStringAsync(ct);
    }

    public async Task<T> SendJsonAsync<T>(HttpMethod method, string path, object body, CancellationToken ct)
    {
        using var response = await SendAsync(method, path, () => JsonBody(body), ct);
        return await ReadAsync<T>(response, ct);
    }

    public async Task SendJsonAsync(HttpMethod method, string path, object body, CancellationToken ct)
    {
        using var response = await SendAsync(method, path, () => JsonBody(body), ct);
    }

    public async Task PutFileAsync(string path, string localFile, CancellationToken ct)
    {
        await using var file = File.OpenRead(localFile);
        using var response = await SendAsync(HttpMethod.Put, path, () =>
        {
            var content = new StreamContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            return content;
        }, ct);
    }

    public async Task DownloadAsync(string path, string destination, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, path, null, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        await using var output = File.Create(destination);
        await response.Content.CopyToAsync(output, ct);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string pathAndQuery, Func<HttpContent>? content,
        CancellationToken ct) =>
        (await SendAsync(method, pathAndQuery, content, ct, notFoundIsNull: false))!;

    private async Task<HttpResponseMessage?> SendAsync(HttpMethod method, string pathAndQuery, Func<HttpContent>? content,
        CancellationToken ct, bool notFoundIsNull)
    {
        var url = Url(pathAndQuery);
        var retries = method == HttpMethod.Get ? Math.Max(0, options.MaxRetries) : 0;
        for (var attempt = 0; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, url) { Content = content?.Invoke() };
            request.Headers.Authorization = _auth;
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                if (attempt < retries)
                {
                    await DelayAsync(attempt, ct);
                    continue;
                }
                throw new MlopsException(ErrorCode.InternalError,
                    $"Cannot reach the MLflow tracking server: {method} {url} failed after {attempt + 1} attempt(s): {e.Message}", e);
            }
            if (response.IsSuccessStatusCode)
            {
                return response;
            }
            if (notFoundIsNull && response.StatusCode == System.Net.HttpStatusCode.NotFound)
            {
                response.Dispose();
                return null;
            }
            var body = await response.Content.ReadAsStringAsync(ct);
            var status = response.StatusCode;
            response.Dispose();
            if ((int)status >= 500 && attempt < retries)
            {
                await DelayAsync(attempt, ct);
                continue;
            }
            throw MlflowErrors.FromResponse(status, body, method.Method, url);
        }
    }

    private Task DelayAsync(int attempt, CancellationToken ct)
    {
        var delay = options.RetryDelay * Math.Pow(2, attempt);
        return delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, options.TimeProvider, ct);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken ct)
    {
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return JsonSerializer.Deserialize<T>(string.IsNullOrWhiteSpace(text) ? "{}" : text, MlflowJson.Lenient)
                ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException e)
        {
            throw new MlopsException(ErrorCode.InternalError,
                $"Unexpected answer from the MLflow server at {response.RequestMessage?.RequestUri}: {e.Message}", e);
        }
    }

    // Serialized up front so the request carries Content-Length: MLflow reads DELETE parameters from the query
    // string when the length is missing.
    private static StringContent JsonBody(object body) =>
        new(JsonSerializer.Serialize(body, body.GetType(), MlflowJson.Lenient), Encoding.UTF8, "application/json");

    private static AuthenticationHeaderValue? CreateAuth(MlflowRestOptions options)
    {
        if (!string.IsNullOrEmpty(options.Token))
        {
            return new AuthenticationHeaderValue("Bearer", options.Token);
        }
        if (!string.IsNullOrEmpty(options.Username))
        {
            var pair = Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}");
            return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(pair));
        }
        return null;
    }
}
