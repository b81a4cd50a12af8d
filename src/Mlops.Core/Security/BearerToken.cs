using System.Security.Cryptography;
using System.Text;

namespace Mlops.Core.Security;

/// <summary>
/// A configured bearer token, compared in constant time: both sides are hashed first, so neither the content nor the
/// length of the expected token leaks through timing.
/// </summary>
public sealed class BearerToken
{
    private readonly byte[] expectedHash;

    public BearerToken(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes("Bearer " + token));
    }

    /// <summary>True when <paramref name="authorizationHeader"/> is exactly "Bearer &lt;token&gt;".</summary>
    public bool Matches(string? authorizationHeader) =>
        !string.IsNullOrEmpty(authorizationHeader)
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(authorizationHeader)), expectedHash);
}
