using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Mlops.Core.AbTesting;
using Mlops.Core.Predictions;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Models;
using Mlops.Serving.PredictionLogging;

namespace Mlops.Serving.Tests.Support;

/// <summary>A real Kestrel server on a free loopback port serving one model URI of the fixture's registry.</summary>
public sealed class ServingHarness : IAsyncDisposable
{
    private ServingHarness(WebApplication app, CollectingLoggerProvider serverLog, LogSignal signal)
    {
        ServerLog = serverLog;
        Signal = signal;
        App = app;
        Client = new HttpClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public ModelReloader Reloader => App.Services.GetRequiredService<ModelReloader>();

    public PredictionLogQueue LogQueue => App.Services.GetRequiredService<PredictionLogQueue>();

    public AbTestFollower AbTests => App.Services.GetRequiredService<AbTestFollower>();

    public ShadowQueue Shadows => App.Services.GetRequiredService<ShadowQueue>();

    public CollectingLoggerProvider ServerLog { get; }

    /// <summary>Awaits the server's log lines; see <see cref="NextSwap"/>.</summary>
    public LogSignal Signal { get; }

    /// <summary>Completes when the server next swaps a model in (its "Serving … for …" line), the initial load included.</summary>
    public Task<string> NextSwap() => Signal.Next(line => line.StartsWith("Serving ", StringComparison.Ordinal) && line.Contains(" for ", StringComparison.Ordinal));

    public static async Task<ServingHarness> StartAsync(RegisteredModelFixture fixture, string modelUri, IPredictionLog? log = null,
        Func<ServingOptions, ServingOptions>? configure = null, bool waitReady = true, Action<WebApplicationBuilder>? configureHost = null,
        IPredictionFeedback? feedback = null, IAbTestStore? abTests = null)
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
        var signal = new LogSignal();
        var stores = new ServingStores(fixture.Store.Tracking, fixture.Store.Registry, fixture.Store.Artifacts, log, feedback, abTests);
        var app = ServingApp.Build(options, Task.FromResult(stores),
            builder =>
            {
                builder.Logging.AddProvider(serverLog);
                builder.Logging.AddProvider(signal);
                configureHost?.Invoke(builder);
            });
        var harness = new ServingHarness(app, serverLog, signal);
        // Armed before the start: the initial load may finish before StartAsync returns.
        var loaded = harness.NextSwap();
        await app.StartAsync();
        harness.Client.BaseAddress = ServingApp.BoundAddress(app);
        if (waitReady)
        {
            await harness.WaitReadyAsync(loaded);
        }
        return harness;
    }

    private async Task WaitReadyAsync(Task<string> loaded)
    {
        try
        {
            await loaded.WaitAsync(TimeSpan.FromSeconds(20));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException("The server loaded no model within 20 s:\n" + string.Join("\n", ServerLog.Lines));
        }
        var ready = await Client.GetAsync("/ready");
        Assert.True(ready.IsSuccessStatusCode, $"/ready answered {(int)ready.StatusCode} after the model was swapped in");
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
