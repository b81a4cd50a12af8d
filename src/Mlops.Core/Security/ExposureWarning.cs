namespace Mlops.Core.Security;

/// <summary>The one line a server logs at start when it is reachable beyond this machine without a token.</summary>
public static class ExposureWarning
{
    /// <summary>The warning for a server bound to <paramref name="bindHost"/>, or null when there is nothing to warn about.</summary>
    public static string? For(string bindHost, bool hasToken, string openWhat) =>
        hasToken || HostAllowList.IsLoopback(bindHost)
            ? null
            : $"Listening on {bindHost} beyond loopback without --auth-token: {openWhat} are open to anyone who can reach this address.";
}
