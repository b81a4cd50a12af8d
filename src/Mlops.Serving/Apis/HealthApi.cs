using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Mlops.Serving.Apis.Contracts;
using Mlops.Serving.Models;

namespace Mlops.Serving.Apis;

/// <summary>
/// GET /health (the process is alive), GET /ready (a model is loaded; reload failures reported), GET /version, and
/// GET /ping as `mlflow models serve` answers it (200 with a newline once a model is loaded, 404 before, as MLflow's
/// scoring server does when it has no model).
/// </summary>
public static class HealthApi
{
    private static readonly string ServerVersion =
        typeof(HealthApi).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", () => TypedResults.Ok(new HealthResponse("alive"))).WithName("Health").WithSummary("Liveness.");
        app.MapGet("/ready", Ready).WithName("Ready").WithSummary("503 until a model is loaded; reports a version that failed to load.")
            .Produces<ReadyResponse>(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/ping", (ModelHost host) => TypedResults.Text("\n", "application/json",
                statusCode: host.Current is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK))
            .WithName("Ping").WithSummary("MLflow's health check: 200 once a model is loaded.");
        app.MapGet("/version", (ModelHost host) => TypedResults.Ok(new VersionResponse("mlops-serving", ServerVersion,
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, Reference(host.Current)))).WithName("Version");
        return app;
    }

    internal static Results<Ok<ReadyResponse>, JsonHttpResult<ReadyResponse>> Ready(ModelHost host)
    {
        var current = host.Current;
        var failure = host.LastFailure;
        var body = new ReadyResponse(current is not null, Reference(current), failure?.Error, failure?.Version, host.LastCheckedAt, host.AbState);
        return current is null ? TypedResults.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable) : TypedResults.Ok(body);
    }

    internal static ModelReference? Reference(ServedModel? model) =>
        model?.Identity is { } id ? new ModelReference(id.Name, id.Version, id.Alias, id.Uri) : null;
}
