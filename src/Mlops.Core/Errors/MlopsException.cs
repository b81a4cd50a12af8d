namespace Mlops.Core.Errors;

/// <summary>An expected failure with a code and a message that names what is wrong.</summary>
public sealed class MlopsException(ErrorCode code, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ErrorCode Code { get; } = code;

    public static MlopsException NotFound(string message) => new(ErrorCode.ResourceDoesNotExist, message);

    public static MlopsException Invalid(string message) => new(ErrorCode.InvalidParameterValue, message);

    public static MlopsException Conflict(string message) => new(ErrorCode.ResourceAlreadyExists, message);
}
