using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Core.Predictions;
using Mlops.Serving.Models;
using Mlops.Serving.Monitoring;
using Mlops.Serving.Tests.Support;

namespace Mlops.Serving.Tests.Monitoring;

/// <summary>
/// A server with background monitoring on a fake clock: the store's SQLite prediction log and labels, a period no other
/// timer of the server has, and ticks that advance the clock and await the computation they start.
/// </summary>
public sealed class MonitoredServer : IAsyncDisposable
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(13);

    private MonitoredServer(ServingHarness server, TimerWatchingTimeProvider time)
    {
        Server = server;
        Time = time;
    }

    public ServingHarness Server { get; }

    public TimerWatchingTimeProvider Time { get; }

    public ServingMonitor Monitor => Server.App.Services.GetRequiredService<ServingMonitor>();

    public ServedModel Served => Server.App.Services.GetRequiredService<ModelHost>().Current ?? throw new InvalidOperationException("nothing served");

    public static async Task<MonitoredServer> StartAsync(RegisteredModelFixture fixture, string modelUri, IPredictionLog? log = null)
    {
        var time = new TimerWatchingTimeProvider(Period);
        var server = await ServingHarness.StartAsync(fixture, modelUri, log ?? fixture.Store.PredictionLog,
            o => o with { MonitorEvery = Period, MonitorWindow = 2_000, Time = time }, feedback: fixture.Store.PredictionLog);
        await time.TimerCreated.WaitAsync(TimeSpan.FromSeconds(20));
        return new MonitoredServer(server, time);
    }

    /// <summary>Completes with the outcome of the next computation that ends from now on.</summary>
    public Task<MonitorOutcome> NextOutcome()
    {
        var next = new TaskCompletionSource<MonitorOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        Action<MonitorOutcome>? handler = null;
        handler = outcome =>
        {
            Monitor.Computed -= handler;
            next.TrySetResult(outcome);
        };
        Monitor.Computed += handler;
        return next.Task;
    }

    /// <summary>Advances the clock by one period and awaits the computation that tick starts.</summary>
    public async Task<MonitorOutcome> TickAsync()
    {
        var next = NextOutcome();
        Time.Advance(Period);
        return await next.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>The value of one series on /metrics (e.g. <c>mlops_dataset_drift{model="m",version="1"}</c>), or null when absent.</summary>
    public async Task<double?> MetricAsync(string series)
    {
        var text = await Server.Client.GetStringAsync("/metrics");
        var line = text.Split('\n').FirstOrDefault(l => l.StartsWith(series + " ", StringComparison.Ordinal));
        return line is null ? null : double.Parse(line[(series.Length + 1)..], CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
