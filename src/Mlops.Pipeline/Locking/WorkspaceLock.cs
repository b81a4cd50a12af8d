using System.Diagnostics;
using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Pipeline.Locking;

/// <summary>
/// An exclusive OS lock on &lt;root&gt;/.mlops/pipeline.run.lock, so concurrent pipeline runs in one workspace
/// take turns instead of overwriting each other's outputs and lock entries. The holder writes who it is beside the
/// lock (the lock file itself cannot be read while held), so a waiting run can say what it waits for.
/// </summary>
public sealed class WorkspaceLock : IDisposable
{
    public const string RelativePath = ".mlops/pipeline.run.lock";
    public const string OwnerRelativePath = ".mlops/pipeline.run.owner";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);
    private readonly FileStream _stream;

    private WorkspaceLock(FileStream stream) => _stream = stream;

    /// <summary>
    /// Waits until no other holder has the lock, or fails after <paramref name="timeout"/>. When it has to wait,
    /// <paramref name="onWait"/> is told once who holds the lock; <paramref name="time"/> stamps since when it is held.
    /// </summary>
    public static async Task<WorkspaceLock> AcquireAsync(string workspaceRoot, TimeSpan timeout, CancellationToken cancellationToken,
        Action<string>? onWait = null, TimeProvider? time = null)
    {
        var path = Path.Combine(workspaceRoot, RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var started = Stopwatch.GetTimestamp();
        var told = false;
        while (true)
        {
            try
            {
                var held = new WorkspaceLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                WriteOwner(workspaceRoot, time ?? TimeProvider.System);
                return held;
            }
            catch (IOException) when (Stopwatch.GetElapsedTime(started) < timeout)
            {
                if (!told && onWait is not null)
                {
                    told = true;
                    onWait($"waiting for another pipeline run in this workspace to finish ({DescribeOwner(workspaceRoot)}; " +
                        $"lock {RelativePath}, giving up after {timeout})");
                }
                await Task.Delay(RetryDelay, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new MlopsException(ErrorCode.InvalidState,
                    $"workspace '{workspaceRoot}' is locked by another pipeline run ({DescribeOwner(workspaceRoot)}; {path}); gave up after {timeout}", ex);
            }
        }
    }

    /// <summary>"pid 123 on host h, since 2026-12-06T19:50:01Z", or what is known when the holder wrote nothing yet.</summary>
    public static string DescribeOwner(string workspaceRoot)
    {
        try
        {
            var fields = File.ReadAllText(Path.Combine(workspaceRoot, OwnerRelativePath)).Split('\t');
            return fields.Length == 3 ? $"pid {fields[0]} on host {fields[1]}, since {fields[2]}" : "holder unknown";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "holder unknown";
        }
    }

    private static void WriteOwner(string workspaceRoot, TimeProvider time)
    {
        var since = time.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        AtomicFile.WriteAllText(Path.Combine(workspaceRoot, OwnerRelativePath), $"{Environment.ProcessId}\t{Environment.MachineName}\t{since}");
    }

    public void Dispose() => _stream.Dispose();
}
