using System.Net;
using System.Text;
using System.Text.Json;
using System.Web;

namespace Mlops.Storage.ContractTests.MlflowRest.Replay;

/// <summary>
/// A fake MLflow server that answers with recorded responses, in order, after checking that each request the client
/// sends is the recorded one: method, path, query parameters or JSON body fields (extras only where allowed).
/// </summary>
public sealed class ReplayHandler : HttpMessageHandler
{
    private readonly Queue<(RecordedExchange Exchange, string[] AllowedExtra)> _expected = new();

    public List<HttpRequestMessage> Requests { get; } = [];

    /// <summary>Expects the recorded request of <paramref name="name"/> next; <paramref name="allowedExtra"/> lists fields the client may add.</summary>
    public ReplayHandler Expect(string name, params string[] allowedExtra) => Expect(RecordedExchange.Load(name), allowedExtra);

    public ReplayHandler Expect(RecordedExchange exchange, params string[] allowedExtra)
    {
        _expected.Enqueue((exchange, allowedExtra));
        return this;
    }

    public void AssertAllServed() =>
        Assert.True(_expected.Count == 0, $"Not requested: {string.Join(", ", _expected.Select(e => e.Exchange.Name))}");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        var sent = $"{request.Method} {request.RequestUri}";
        Assert.True(_expected.Count > 0, $"Unexpected request {sent}");
        var (exchange, allowedExtra) = _expected.Dequeue();
        Assert.True(exchange.Method == request.Method.Method, $"{exchange.Name}: recorded {exchange.Method}, sent {sent}");
        Assert.True(exchange.PathWithoutQuery == request.RequestUri!.AbsolutePath,
            $"{exchange.Name}: recorded path {exchange.PathWithoutQuery}, sent {sent}");
        var differences = request.Method == HttpMethod.Get
            ? QueryDifferences(exchange, request.RequestUri, allowedExtra)
            : await BodyDifferencesAsync(exchange, request, allowedExtra, cancellationToken);
        Assert.True(differences.Count == 0, $"{exchange.Name}: {sent} differs from the recording:\n{string.Join("\n", differences)}");
        return Respond(exchange);
    }

    private static List<string> QueryDifferences(RecordedExchange exchange, Uri uri, string[] allowedExtra)
    {
        var recorded = HttpUtility.ParseQueryString(exchange.Query);
        var sent = HttpUtility.ParseQueryString(uri.Query);
        var differences = recorded.AllKeys.Where(k => recorded[k] != sent[k])
            .Select(k => $"query {k}: recorded '{recorded[k]}', sent '{sent[k]}'").ToList();
        differences.AddRange(sent.AllKeys.Where(k => recorded[k] is null && !allowedExtra.Contains(k))
            .Select(k => $"query {k}: sent but not recorded ('{sent[k]}')"));
        return differences;
    }

    private static async Task<List<string>> BodyDifferencesAsync(RecordedExchange exchange, HttpRequestMessage request,
        string[] allowedExtra, CancellationToken ct)
    {
        var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(ct);
        if (exchange.Request.ValueKind == JsonValueKind.Object && exchange.Request.TryGetProperty("raw_body_bytes", out var length))
        {
            var content = exchange.Request.GetProperty("content").GetString();
            return body.Length == length.GetInt32() && Encoding.UTF8.GetString(body) == content
                ? []
                : [$"body: recorded {length.GetInt32()} bytes '{content}', sent {body.Length} bytes '{Encoding.UTF8.GetString(body)}'"];
        }
        var contentType = request.Content?.Headers.ContentType;
        if (contentType?.MediaType != "application/json")
        {
            return [$"Content-Type: MLflow requires application/json, sent '{contentType}'"];
        }
        using var json = JsonDocument.Parse(body);
        if (exchange.Request.TryGetProperty("raw_body", out var rawBody))
        {
            // Recordings of raw requests keep the exact body text and Content-Type header.
            var recordedType = exchange.Request.GetProperty("content_type").GetString();
            using var recorded = JsonDocument.Parse(rawBody.GetString()!);
            var differences = JsonSubset.Differences(recorded.RootElement, json.RootElement, allowedExtra).ToList();
            if (recordedType != contentType.ToString())
            {
                differences.Add($"Content-Type: recorded '{recordedType}', sent '{contentType}'");
            }
            return differences;
        }
        return JsonSubset.Differences(exchange.Request, json.RootElement, allowedExtra).ToList();
    }

    private static HttpResponseMessage Respond(RecordedExchange exchange)
    {
        var content = exchange.Response.ValueKind == JsonValueKind.String
            ? new StringContent(exchange.Response.GetString()!, Encoding.UTF8, "text/plain")
            : new StringContent(exchange.Response.GetRawText(), Encoding.UTF8, "application/json");
        return new HttpResponseMessage((HttpStatusCode)exchange.Status) { Content = content };
    }
}
