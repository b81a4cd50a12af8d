using Microsoft.AspNetCore.Diagnostics;

namespace Mlops.Serving;

/// <summary>
/// Turns failures caused by the request itself (a truncated body, a body over Kestrel's limit, a client that went
/// away) into their 4xx problem answers, so that no bad request is ever answered 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            OperationCanceledException or IOException when httpContext.RequestAborted.IsCancellationRequested => 499,
            System.Text.Json.JsonException => StatusCodes.Status400BadRequest,
            _ => 0,
        };
        if (status == 0)
        {
            return false;
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = "Bad request.", Detail = exception.Message },
        });
    }
}
