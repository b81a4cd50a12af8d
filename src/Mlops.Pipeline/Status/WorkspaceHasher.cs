using Mlops.Core.Hashing;
using Mlops.Pipeline.Definition;

namespace Mlops.Pipeline.Status;

/// <summary>Hashes workspace paths, remembering each hash until a stage rewrites the path.</summary>
internal sealed class WorkspaceHasher(string workspaceRoot)
{
    private readonly Dictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <summary>The content hash of a file or directory, or null when nothing exists at the path.</summary>
    public string? Hash(string relativePath)
    {
        if (!_cache.TryGetValue(relativePath, out var hash))
        {
            var full = WorkspacePaths.ToFullPath(workspaceRoot, relativePath);
            hash = File.Exists(full) ? ContentHash.OfFile(full)
                : Directory.Exists(full) ? ContentHash.OfDirectory(full)
                : null;
            _cache[relativePath] = hash;
        }
        return hash;
    }

    /// <summary>Forgets hashes of this path and of anything inside or around it.</summary>
    public void Invalidate(string relativePath)
    {
        foreach (var key in _cache.Keys.Where(k => WorkspacePaths.Overlap(k, relativePath)).ToList())
        {
            _cache.Remove(key);
        }
    }
}
