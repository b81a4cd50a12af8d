using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mlops.Core.Predictions;
using Mlops.Serving.Models;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.Tests.Support;

/// <summary>A real Kestrel server on a free loopback port serving one model URI of the fixture's registry.</summary>
public sealed class ServingHarness : IAsyncDisposable
{
    private ServingHarness(WebApplication app, CollectingLoggerProvider serverLog)
    {
        ServerLog = serverLog;
        App = app;
        Client = new HttpClient { BaseAddress = ServingApp.BoundAddress(app) };
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public ModelReloader Reloader => App.Services.GetRequiredService<ModelReloader>();

    public PredictionLogQueue LogQueue => App.Services.GetRequiredService<PredictionLogQueue>();

    public CollectingLoggerProvider ServerLog { get; }

    public static async Task<ServingHarness> StartAsync(RegisteredModelFixture fixture, string modelUri, IPredictionLog? log = null,
        Func<ServingOptions, ServingOptions>? configure = null, bool waitReady = true, Action<WebApplicationBuilder>? configureHost = null)
    {
        var options = new ServingOptions
        {
            ModelUri = modelUri,
            Port = 0,
            PollInterval = TimeSpan.Zero,
            MaxRequestBodyBytes = 64 * 1024,
            MaxBatchRecords = 100,
        };
        options = configure?.Invoke(options) ?? options;
        var serverLog = new CollectingLoggerProvider();
        var app = ServingApp.Build(options, fixture.Store.Tracking, fixture.Store.Registry, fixture.Store.Artifacts, log,
            builder =>
            {
                builder.Logging.AddProvider(serverLog);
                configureHost?.Invoke(builder);
            });
        await app.StartAsync();
        var harness = new ServingHarness(app, serverLog);
        if (waitReady)
        {
            await harness.WaitReadyAsync();
        }
        return harness;
    }

    public async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await Client.GetAsync("/ready")).StatusCode != System.Net.HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The server did not become ready.");
            }
            await Task.Delay(20);
        }
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, object body) =>
        PostAsync(path, JsonSerializer.Serialize(body), "application/json");

    public Task<HttpResponseMessage> PostAsync(string path, string body, string? contentType = "application/json") =>
        PostBytesAsync(path, Encoding.UTF8.GetBytes(body), contentType);

    public Task<HttpResponseMessage> PostBytesAsync(string path, byte[] body, string? contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return Client.PostAsync(path, content);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
