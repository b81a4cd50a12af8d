namespace Mlops.Core.Errors;

/// <summary>
/// The id that ties an "Internal error; reference X" answer to the logged exception: the client sees only the id,
/// the operator finds the stack by it.
/// </summary>
public static class ErrorReference
{
    /// <summary>The response header that carries the reference.</summary>
    public const string Header = "X-Error-Reference";

    public static string New() => Guid.NewGuid().ToString("N")[..16];

    public static string Message(string reference) => $"Internal error; reference {reference}.";
}
