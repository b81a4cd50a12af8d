using System.Net;
using System.Text.Json;
using Mlops.Core.Errors;
using WireErrors = Mlops.Mlflow.Wire.MlflowErrors;

namespace Mlops.Storage.MlflowRest.Http;

/// <summary>Turns MLflow's <c>{"error_code": ..., "message": ...}</c> answers into <see cref="MlopsException"/>, keeping MLflow's message.</summary>
internal static class MlflowErrors
{
    private const int MaxBodyInMessage = 300;

    /// <summary>The shared wire mapping, except that a code it does not know is an internal error whatever the status.</summary>
    public static ErrorCode MapCode(string? errorCode) => WireErrors.FromWireCode(errorCode) ?? ErrorCode.InternalError;

    /// <summary>Builds the exception for a non-success answer; <paramref name="body"/> is the raw response text.</summary>
    public static MlopsException FromResponse(HttpStatusCode status, string body, string method, string url)
    {
        if (TryParse(body, out var errorCode, out var message))
        {
            return new MlopsException(MapCode(errorCode),
                string.IsNullOrEmpty(message) ? $"{errorCode} from {method} {url} (HTTP {(int)status})." : message);
        }
        var code = status == HttpStatusCode.BadRequest ? ErrorCode.BadRequest : ErrorCode.InternalError;
        var hint = status switch
        {
            HttpStatusCode.NotFound => " Is this an MLflow 2.x tracking server with that base URL?",
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                " Check MLFLOW_TRACKING_TOKEN or MLFLOW_TRACKING_USERNAME/MLFLOW_TRACKING_PASSWORD.",
            _ => "",
        };
        return new MlopsException(code,
            $"MLflow server answered HTTP {(int)status} ({status}) to {method} {url}: {Truncate(body)}.{hint}");
    }

    private static bool TryParse(string body, out string? errorCode, out string? message)
    {
        errorCode = null;
        message = null;
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return false;
        }
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.TryGetProperty("error_code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                errorCode = code.GetString();
                message = json.RootElement.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String
                    ? text.GetString()
                    : null;
                return true;
            }
        }
        catch (JsonException)
        {
            // Not MLflow's error shape: reported with the raw body by the caller.
        }
        return false;
    }

    private static string Truncate(string body)
    {
        var text = body.Trim();
        return text.Length == 0 ? "(empty body)" : text.Length <= MaxBodyInMessage ? text : text[..MaxBodyInMessage] + "…";
    }
}
