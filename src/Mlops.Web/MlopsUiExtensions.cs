using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Mlops.Web.Hosting;

namespace Mlops.Web;

/// <summary>
/// The web UI as one registration and one mapping, so a host (the tracking server) serves it at <c>/</c> beside its
/// own endpoints. The pages read the stores (<c>ITrackingStore</c>, <c>IModelRegistry</c>, <c>IArtifactStore</c>) the
/// host registers.
/// </summary>
public static class MlopsUiExtensions
{
    /// <summary>Registers the Razor component renderer (static server rendering only: no circuits, no WebSockets).</summary>
    public static IServiceCollection AddMlopsUi(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRazorComponents();
        services.AddUiPageDefaults();
        return services;
    }

    /// <summary>Maps the pages, the stylesheet and the run artifact route, and the antiforgery check their forms need.</summary>
    public static WebApplication MapUi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseAntiforgery();
        var stylesheet = ReadStylesheet();
        app.MapGet(UiRoutes.Stylesheet, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Text(stylesheet, "text/css; charset=utf-8");
        });
        app.MapRunArtifactFile();
        app.MapRazorComponents<App>();
        return app;
    }

    private static string ReadStylesheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Mlops.Web.ui.css")
            ?? throw new InvalidOperationException("The stylesheet Mlops.Web.ui.css is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
