using System.Net;
using System.Text;

namespace Mlops.Storage.ContractTests.MlflowRest.Replay;

/// <summary>Answers with queued responses (or throws queued exceptions) and keeps every request URL, body and header.</summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _responses = new();

    public List<string> Urls { get; } = [];

    public List<string> Bodies { get; } = [];

    public List<string?> Authorizations { get; } = [];

    public StubHandler Respond(string json, HttpStatusCode status = HttpStatusCode.OK, string mediaType = "application/json")
    {
        _responses.Enqueue(() => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, mediaType) });
        return this;
    }

    public StubHandler Fail(Exception error)
    {
        _responses.Enqueue(() => throw error);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Urls.Add($"{request.Method} {request.RequestUri!.PathAndQuery}");
        Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
        Authorizations.Add(request.Headers.Authorization?.ToString());
        Assert.True(_responses.Count > 0, $"Unexpected request {request.Method} {request.RequestUri}");
        return _responses.Dequeue()();
    }
}
