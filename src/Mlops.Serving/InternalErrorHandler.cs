using Microsoft.AspNetCore.Diagnostics;
using Mlops.Core.Errors;

namespace Mlops.Serving;

/// <summary>
/// The last exception handler: logs the exception under a fresh reference and answers a 500 problem that carries only
/// that reference (also in <see cref="ErrorReference.Header"/>), never exception text or server paths.
/// </summary>
internal sealed partial class InternalErrorHandler(IProblemDetailsService problems, ILogger<InternalErrorHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var reference = ErrorReference.New();
        LogUnexpected(logger, exception, reference, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        httpContext.Response.Headers[ErrorReference.Header] = reference;
        // No Exception on the context: the default writer would add its text in Development.
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails =
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal error.",
                Detail = ErrorReference.Message(reference),
                Extensions = { ["reference"] = reference },
            },
        });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure {Reference} in {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string reference, string method, PathString path);
}
