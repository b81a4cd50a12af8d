using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Mlops.Serving.Input;
using Mlops.Serving.Models;

namespace Mlops.Serving.Apis;

/// <summary>The one place where request failures become application/problem+json answers.</summary>
internal static class Problems
{
    public static IResult Validation(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), errors.Summary, title: "The request does not match the model's signature.");

    public static IResult Malformed(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Malformed request body.");

    public static IResult Malformed(Exception e) => Malformed(e is JsonException or InvalidOperationException
        ? "The body is not valid JSON (or not valid UTF-8): " + e.Message
        : e.Message);

    public static IResult TooLarge(long limit) => TypedResults.Problem($"The body is larger than the limit of {limit} bytes.",
        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large.");

    public static IResult UnsupportedMediaType(string? got, string expected) => TypedResults.Problem(
        $"Content-Type '{got ?? "(none)"}' is not supported here; send {expected}.",
        statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type.");

    public static ProblemHttpResult NotReady(ModelHost host) => TypedResults.Problem(
        host.LastFailure is { } failure ? $"No model is loaded yet; the last attempt failed: {failure.Error}" : "No model is loaded yet.",
        statusCode: StatusCodes.Status503ServiceUnavailable, title: "Model not ready.");

    /// <summary>Exceptions that a malformed body can raise while being parsed (invalid JSON, invalid UTF-8, depth).</summary>
    public static bool IsMalformed(Exception e) =>
        e is JsonException or InvalidOperationException or ArgumentException or FormatException or InvalidDataException;
}
