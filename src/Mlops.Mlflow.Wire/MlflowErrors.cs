using Mlops.Core.Errors;

namespace Mlops.Mlflow.Wire;

/// <summary>
/// The one mapping between <see cref="ErrorCode"/> and MLflow's wire errors (HTTP status + <c>error_code</c> string),
/// in both directions, so the server and any REST client agree.
/// </summary>
public static class MlflowErrors
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string NotImplemented = "NOT_IMPLEMENTED";
    public const string EndpointNotFound = "ENDPOINT_NOT_FOUND";

    public static (int Status, string Code) ToWire(ErrorCode code) => code switch
    {
        ErrorCode.InvalidParameterValue => (400, "INVALID_PARAMETER_VALUE"),
        ErrorCode.ResourceDoesNotExist => (404, "RESOURCE_DOES_NOT_EXIST"),
        ErrorCode.ResourceAlreadyExists => (400, "RESOURCE_ALREADY_EXISTS"),
        ErrorCode.InvalidState => (400, "INVALID_STATE"),
        ErrorCode.BadRequest => (400, "BAD_REQUEST"),
        _ => (500, "INTERNAL_ERROR"),
    };

    /// <summary>Reads an MLflow error_code string; unknown codes fall back by HTTP status.</summary>
    public static ErrorCode FromWire(string? code, int status) => FromWireCode(code) ?? status switch
    {
        404 => ErrorCode.ResourceDoesNotExist,
        >= 400 and < 500 => ErrorCode.BadRequest,
        _ => ErrorCode.InternalError,
    };

    /// <summary>The <see cref="ErrorCode"/> an MLflow error_code string names; null for a code this side does not know.</summary>
    public static ErrorCode? FromWireCode(string? code) => code switch
    {
        "INVALID_PARAMETER_VALUE" => ErrorCode.InvalidParameterValue,
        "RESOURCE_DOES_NOT_EXIST" or "NOT_FOUND" or EndpointNotFound => ErrorCode.ResourceDoesNotExist,
        "RESOURCE_ALREADY_EXISTS" => ErrorCode.ResourceAlreadyExists,
        "INVALID_STATE" => ErrorCode.InvalidState,
        "BAD_REQUEST" or "MALFORMED_REQUEST" => ErrorCode.BadRequest,
        _ => null,
    };
}
