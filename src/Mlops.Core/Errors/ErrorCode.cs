namespace Mlops.Core.Errors;

/// <summary>Expected failure kinds, named as MLflow's REST error codes so hosts can map them both ways.</summary>
public enum ErrorCode
{
    InvalidParameterValue,
    ResourceDoesNotExist,
    ResourceAlreadyExists,
    InvalidState,
    BadRequest,
    InternalError,
}
