using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.ObjectPool;
using Mlops.Core.Artifacts;
using Mlops.Core.Predictions;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Lifecycle.Loading;
using Mlops.Serving.Apis;
using Mlops.Serving.Metrics;
using Mlops.Serving.Models;
using Mlops.Serving.Output;
using Mlops.Serving.PredictionLogging;
using Prometheus;

namespace Mlops.Serving;

/// <summary>Composes the prediction server: the stores it reads, the model it serves and its endpoints.</summary>
public static class ServingApp
{
    /// <summary>
    /// Builds (without starting) the server for <paramref name="options"/>. The model loads in the background once the
    /// app starts (/ready says when); <paramref name="predictionLog"/> null turns the prediction log off.
    /// </summary>
    public static WebApplication Build(ServingOptions options, ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts,
        IPredictionLog? predictionLog = null, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        // Start loading the model now, in parallel with building and starting the web host: most of the start-up time.
        var loader = new ModelLoader(tracking, registry, artifacts);
        var preload = new ModelPreload(Task.Run(async () => new ServedModel(await loader.LoadAsync(options.ModelUri))));
        // prometheus-net's default metrics listen to every meter and event counter in the process: cost on every request.
        Prometheus.Metrics.SuppressDefaultMetrics();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(ServingApp).Assembly.GetName().Name });
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
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServingJsonContext.Default);
        });
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(loader);
        services.AddSingleton(preload);
        services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        services.AddSingleton<ModelHost>();
        services.AddSingleton<ServingMetrics>();
        services.AddSingleton(sp => new PredictionLogQueue(options, sp.GetRequiredService<ServingMetrics>(), predictionLog));
        services.AddSingleton<ModelReloader>();
        services.AddHostedService(sp => sp.GetRequiredService<ModelReloader>());
        services.AddHostedService<PredictionLogWriter>();
        services.AddSingleton<ObjectPool<ResponseBuffer>>(new DefaultObjectPool<ResponseBuffer>(new ResponseBuffer.Policy(), 256));
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRouting();
        var metrics = app.Services.GetRequiredService<ServingMetrics>();
        app.Use((context, next) => RequestMetricsMiddleware.InvokeAsync(context, next, metrics));
        app.MapPredictApi();
        app.MapInvocationsApi();
        app.MapHealthApi();
        app.MapModelApi();
        app.MapDocsApi();
        app.MapOpenApi(DocsApi.OpenApiPath.Replace("v1", "{documentName}", StringComparison.Ordinal));
        app.MapMetrics("/metrics", metrics.Registry);
        return app;
    }

    /// <summary>The first address the started server listens on, e.g. http://127.0.0.1:5080.</summary>
    public static Uri BoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        return new Uri(addresses?.FirstOrDefault() ?? throw new InvalidOperationException("The server has not started."));
    }
}
