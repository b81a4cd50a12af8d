using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Mlops.Core.Security;
using Mlops.TrackingServer.Hosting;
using Mlops.Web;

namespace Mlops.TrackingServer;

/// <summary>
/// The MLflow-compatible tracking server (REST API 2.0, artifact proxy, health) as an ASP.NET Core app over the
/// store interfaces, so it serves any backend.
/// </summary>
public static class TrackingServerApp
{
    /// <summary>The MLflow version whose REST contract this server reproduces (answered by <c>/version</c>).</summary>
    public const string MlflowVersion = "2.10.2";

    private const int MaxRequestLineBytes = 64 * 1024;

    /// <summary>Builds (does not start) the app listening on <see cref="TrackingServerOptions.Host"/>:<see cref="TrackingServerOptions.Port"/>.</summary>
    public static WebApplication Build(TrackingServerOptions options, string[]? args = null, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(args ?? []);
        // Per-request logging at Information costs throughput; only warnings and errors are written.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Our own Information lines are the rare refusal reasons kept out of responses (e.g. "Invalid path").
        builder.Logging.AddFilter("Mlops.TrackingServer", LogLevel.Information);
        // Before configure, so a host that mounts more endpoints can also replace or decorate a registration.
        builder.Services.AddMlflowTracking(options);
        builder.Services.AddMlopsUi();
        // The UI's writes need the same token as the REST API's.
        builder.Services.AddSingleton(new Web.Auth.UiAccess(options.AuthToken));
        configure?.Invoke(builder);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            // Kestrel answers a request line over its 8 KB default with 414 before any handler runs; with room for
            // a long query, an over-long get-history-bulk gets MLflow's 400 INVALID_PARAMETER_VALUE instead.
            kestrel.Limits.MaxRequestLineSize = MaxRequestLineBytes;
            Listen(kestrel, options.Host, options.Port);
        });
        var app = builder.Build();
        app.UseMiddleware<ErrorMiddleware>();
        app.UseMiddleware<MergeSlashesMiddleware>();
        if (HostAllowList.For(options.Host, options.AllowedHosts) is { } allowedHosts)
        {
            app.UseMiddleware<HostFilterMiddleware>(allowedHosts);
        }
        if (!string.IsNullOrEmpty(options.AuthToken))
        {
            app.UseMiddleware<BearerAuthMiddleware>(new BearerToken(options.AuthToken), options.AuthReads);
        }
        if (StartupWarning(options) is { } warning)
        {
            app.Logger.LogWarning("{Warning}", warning);
        }
        app.MapMlflowTracking();
        app.MapUi();
        app.MapFallback(context => Wire.WireResponse.WriteErrorAsync(context, StatusCodes.Status404NotFound,
            MlflowErrors.EndpointNotFound, $"No endpoint {context.Request.Method} {Core.Errors.ErrorText.Cut(context.Request.Path.Value)}."));
        return app;
    }

    /// <summary>The line logged at start when the server is reachable beyond loopback without a token, else null.</summary>
    public static string? StartupWarning(TrackingServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return ExposureWarning.For(options.Host, !string.IsNullOrEmpty(options.AuthToken), "reads and writes (creating runs, registering models, uploading artifacts)");
    }

    /// <summary>
    /// Builds and starts the server; with Port 0 it binds a free port. The result's BaseUrl is where it listens.
    /// <paramref name="configure"/> adjusts the host before it is built (tests add a log sink).
    /// </summary>
    public static async Task<RunningServer> StartAsync(TrackingServerOptions options, CancellationToken ct,
        Action<WebApplicationBuilder>? configure = null)
    {
        var app = Build(options, configure: configure);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("The server started without reporting a bound address.");
        return new RunningServer(app, address.TrimEnd('/'));
    }

    private static void Listen(KestrelServerOptions kestrel, string host, int port)
    {
        if (IPAddress.TryParse(host, out var ip))
        {
            kestrel.Listen(ip, port);
        }
        else if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            kestrel.Listen(IPAddress.Loopback, port);
        }
        else
        {
            kestrel.ListenAnyIP(port);
        }
    }
}
