using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Mlops.Core.Errors;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Hosting;

/// <summary>The HTTP edge of the error policy: expected failures become MLflow error JSON, anything else a logged 500.</summary>
internal sealed partial class ErrorMiddleware(RequestDelegate next, ILogger<ErrorMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (MlopsException e) when (!context.Response.HasStarted)
        {
            var (status, code) = MlflowErrors.ToWire(e.Code);
            await WireResponse.WriteErrorAsync(context, status, code, e.Message);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            await WireResponse.WriteErrorAsync(context, e.StatusCode, "BAD_REQUEST", e.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            LogUnexpected(logger, e, context.Request.Method, context.Request.Path);
            await WireResponse.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "INTERNAL_ERROR",
                $"Internal error while handling {context.Request.Method} {context.Request.Path}: {e.Message}");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure in {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
