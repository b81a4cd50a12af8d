using System.Security.Cryptography;
using System.Text;

namespace Mlops.Core.Hashing;

/// <summary>Content hashes used for caching and lineage: lowercase hex SHA-256.</summary>
public static class ContentHash
{
    public static string OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string OfText(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Hashes a directory's relative file paths and contents in ordinal order, so it is stable across machines.</summary>
    public static string OfDirectory(string path)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                     .Select(f => Path.GetRelativePath(path, f).Replace('\\', '/'))
                     .Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(Convert.FromHexString(OfFile(Path.Combine(path, file))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
