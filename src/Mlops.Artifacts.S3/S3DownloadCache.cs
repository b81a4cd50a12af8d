using System.Security.Cryptography;
using System.Text;
using Amazon.S3.Model;

namespace Mlops.Artifacts.S3;

/// <summary>
/// Downloaded folders kept under <c>CACHE/&lt;hash&gt;</c>, the hash (SHA-256) taken over each object's relative key,
/// size and ETag (S3's content digest), so a changed or replaced file is a new entry and an unchanged folder is never
/// fetched twice. An entry appears only when complete (downloaded beside it, then moved into place).
/// </summary>
internal sealed class S3DownloadCache(string folder)
{
    public async Task<string> GetOrAddAsync(IReadOnlyList<S3Object> objects, string keyPrefix,
        Func<S3Object, string, Task> download, CancellationToken ct)
    {
        var entry = Path.Combine(Path.GetFullPath(folder), ContentKey(objects, keyPrefix));
        if (Directory.Exists(entry))
        {
            return entry;
        }
        var staging = entry + $".{Guid.NewGuid():N}.partial";
        try
        {
            foreach (var o in objects)
            {
                ct.ThrowIfCancellationRequested();
                await download(o, Path.Combine(staging, o.Key[keyPrefix.Length..]));
            }
            Directory.CreateDirectory(staging);
            try
            {
                Directory.Move(staging, entry);
            }
            catch (IOException) when (Directory.Exists(entry))
            {
                // Another process filled the same entry first: same content, keep theirs.
            }
            return entry;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    public static string ContentKey(IReadOnlyList<S3Object> objects, string keyPrefix)
    {
        var text = new StringBuilder();
        foreach (var o in objects.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            text.Append(o.Key[keyPrefix.Length..]).Append('\n').Append(o.Size ?? 0).Append('\n').Append(o.ETag).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static void CopyTree(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
