using System.Diagnostics;
using Mlops.Core.Errors;

namespace Mlops.Pipeline.Locking;

/// <summary>
/// An exclusive OS lock on &lt;root&gt;/.mlops/pipeline.run.lock, so concurrent pipeline runs in one workspace
/// take turns instead of overwriting each other's outputs and lock entries.
/// </summary>
public sealed class WorkspaceLock : IDisposable
{
    public const string RelativePath = ".mlops/pipeline.run.lock";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(50);
    private readonly FileStream _stream;

    private WorkspaceLock(FileStream stream) => _stream = stream;

    /// <summary>Waits until no other holder has the lock, or fails after <paramref name="timeout"/>.</summary>
    public static async Task<WorkspaceLock> AcquireAsync(string workspaceRoot, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = Path.Combine(workspaceRoot, RelativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                return new WorkspaceLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (Stopwatch.GetElapsedTime(started) < timeout)
            {
                await Task.Delay(RetryDelay, cancellationToken);
            }
            catch (IOException ex)
            {
                throw new MlopsException(ErrorCode.InvalidState,
                    $"workspace '{workspaceRoot}' is locked by another pipeline run ({path}); gave up after {timeout}", ex);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
