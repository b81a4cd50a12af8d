using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.ObjectPool;
using Mlops.Core.Artifacts;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Security;
using Mlops.Core.Tracking;
using Mlops.Inference.Loading;
using Mlops.Monitoring.Feedback;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Apis;
using Mlops.Serving.Metrics;
using Mlops.Serving.Models;
using Mlops.Serving.Monitoring;
using Mlops.Serving.Output;
using Mlops.Serving.PredictionLogging;
using Mlops.Serving.Security;
using Prometheus;

namespace Mlops.Serving;

/// <summary>Composes the prediction server: the stores it reads, the model it serves and its endpoints.</summary>
public static class ServingApp
{
    /// <summary>
    /// Builds (without starting) the server for <paramref name="options"/>. The model loads in the background once the
    /// app starts (/ready says when); <paramref name="predictionLog"/> null turns the prediction log off, and
    /// <paramref name="predictionFeedback"/> null turns POST /feedback off.
    /// </summary>
    public static WebApplication Build(ServingOptions options, ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts,
        IPredictionLog? predictionLog = null, Action<WebApplicationBuilder>? configure = null, IPredictionFeedback? predictionFeedback = null) =>
        Build(options, Task.FromResult(new ServingStores(tracking, registry, artifacts, predictionLog, predictionFeedback)), configure);

    /// <summary>
    /// Builds the server while <paramref name="stores"/> may still be opening: the model load starts as soon as they are
    /// open, in parallel with building the web host, so neither waits for the other. Callers should await
    /// <paramref name="stores"/> before starting the app, so that a store that cannot be opened fails the start.
    /// </summary>
    public static WebApplication Build(ServingOptions options, Task<ServingStores> stores, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stores);
        options.Validate();
        var loader = stores.ContinueWith(t => new ModelLoader(t.Result.Tracking, t.Result.Registry, t.Result.Artifacts, options.Time),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var preload = new ModelPreload(Task.Run(async () => new ServedModel(await (await loader).LoadAsync(options.ModelUri))));
        // Creating the metrics compiles prometheus-net's name checks (tens of ms): off the thread that builds the host.
        var servingMetrics = Task.Run(() =>
        {
            // prometheus-net's default metrics listen to every meter and event counter in the process: cost on every request.
            Prometheus.Metrics.SuppressDefaultMetrics();
            return new ServingMetrics();
        });
        // The empty builder plus what the server uses: no configuration files to watch, no default providers to set up.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = typeof(ServingApp).Assembly.GetName().Name });
        builder.WebHost.UseKestrelCore();
        builder.Services.AddRoutingCore();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            if (options.Host == "localhost")
            {
                kestrel.ListenLocalhost(options.Port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(options.Host), options.Port);
            }
        });
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<InternalErrorHandler>();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServingJsonContext.Default);
        });
        services.AddSingleton(options);
        services.AddSingleton(options.Time);
        // Resolved when the host starts, after the caller awaited the stores: never a wait on the request path.
        services.AddSingleton(_ => loader.GetAwaiter().GetResult());
        services.AddSingleton(preload);
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<ModelHost>();
        services.AddSingleton(_ => servingMetrics.GetAwaiter().GetResult());
        services.AddSingleton(sp => new PredictionLogQueue(options, sp.GetRequiredService<ServingMetrics>(), options.Time,
            stores.GetAwaiter().GetResult().PredictionLog));
        services.AddSingleton(_ => new ServingFeedback(
            stores.GetAwaiter().GetResult().PredictionFeedback is { } feedback ? new FeedbackService(feedback) : null));
        services.AddSingleton(_ => stores.GetAwaiter().GetResult());
        services.AddSingleton<AbTestFollower>();
        services.AddSingleton<ShadowQueue>();
        services.AddHostedService<ShadowScorer>();
        services.AddSingleton<ModelReloader>();
        services.AddHostedService(sp => sp.GetRequiredService<ModelReloader>());
        services.AddSingleton<ServingMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<ServingMonitor>());
        services.AddHostedService<PredictionLogWriter>();
        services.AddSingleton<PredictionLogRetainer>();
        services.AddHostedService(sp => sp.GetRequiredService<PredictionLogRetainer>());
        services.AddSingleton<ObjectPool<ResponseBuffer>>(new DefaultObjectPool<ResponseBuffer>(new ResponseBuffer.Policy(), 256));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (HostAllowList.For(options.Host, options.AllowedHosts) is { } allowedHosts)
        {
            app.UseMiddleware<HostFilterMiddleware>(allowedHosts);
        }
        if (!string.IsNullOrEmpty(options.AuthToken))
        {
            app.UseMiddleware<BearerTokenMiddleware>(new BearerToken(options.AuthToken));
        }
        if (StartupWarning(options) is { } warning)
        {
            app.Logger.LogWarning("{Warning}", warning);
        }
        app.UseRouting();
        var metrics = app.Services.GetRequiredService<ServingMetrics>();
        app.Use((context, next) => RequestMetricsMiddleware.InvokeAsync(context, next, metrics));
        app.MapPredictApi();
        app.MapInvocationsApi();
        app.MapHealthApi();
        app.MapModelApi();
        app.MapFeedbackApi();
        app.MapDocsApi();
        app.MapOpenApi(DocsApi.OpenApiPath.Replace("v1", "{documentName}", StringComparison.Ordinal));
        app.MapMetrics("/metrics", metrics.Registry);
        return app;
    }

    /// <summary>The line logged at start when the server is reachable beyond loopback without a token, else null.</summary>
    public static string? StartupWarning(ServingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ExposureWarning.For(options.Host, !string.IsNullOrEmpty(options.AuthToken), "/predict, /predict/batch, /invocations and /model/info");
    }

    /// <summary>The first address the started server listens on, e.g. http://127.0.0.1:5080.</summary>
    public static Uri BoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The server has not started."));
    }
}
