using System.Text;
using System.Text.Json;

namespace Mlops.TrackingServer.Hosting;

/// <summary>
/// The HTTP edge of the error policy: expected failures become MLflow error JSON; a path the file system refuses
/// (too long, a NUL byte) is the request's fault and a 400 that does not echo the path; anything else a logged 500
/// that tells the client only a reference to the log line.
/// </summary>
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
            if (status >= 500)
            {
                await WriteInternalAsync(context, e);
                return;
            }
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
        catch (Exception e) when (e is JsonException or DecoderFallbackException && !context.Response.HasStarted)
        {
            await WireResponse.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "INVALID_PARAMETER_VALUE",
                "Malformed request body: not valid JSON in UTF-8.");
        }
        catch (Exception e) when (IsBadPath(e) && !context.Response.HasStarted)
        {
            LogBadPath(logger, context.Request.Method, context.Request.Path, e.GetType().Name);
            await WireResponse.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "INVALID_PARAMETER_VALUE",
                "The request names a path or value the server cannot use: too long, containing a NUL or another invalid character, " +
                "or clashing with an existing file or folder.");
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            await WriteInternalAsync(context, e);
        }
    }

    /// <summary>
    /// Faults of a path taken from the request: too long, a NUL byte, a missing or non-folder parent, a file where a
    /// folder is needed (errno EEXIST, ENOTDIR, EISDIR, EINVAL, which .NET on Unix puts in HResult). A full disk or a
    /// permission error stays a 500: the operator has to act on those.
    /// </summary>
    private static bool IsBadPath(Exception e) => e switch
    {
        PathTooLongException or DirectoryNotFoundException or ArgumentException => true,
        IOException io when !OperatingSystem.IsWindows() && io.GetType() == typeof(IOException) => io.HResult is 17 or 20 or 21 or 22,
        _ => false,
    };

    private Task WriteInternalAsync(HttpContext context, Exception e)
    {
        var reference = ErrorReference.New();
        LogUnexpected(logger, e, reference, context.Request.Method, context.Request.Path);
        context.Response.Headers[ErrorReference.Header] = reference;
        return WireResponse.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "INTERNAL_ERROR", ErrorReference.Message(reference));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure {Reference} in {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string reference, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused {Method} {Path}: the file system rejected a path ({Exception})")]
    private static partial void LogBadPath(ILogger logger, string method, PathString path, string exception);
}
