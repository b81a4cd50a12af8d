using Mlops.Core.Errors;
using Mlops.Pipeline.Locking;

namespace Mlops.Pipeline.Tests.Locking;

public sealed class WorkspaceLockTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mlops-wslock-tests", Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task AcquireAsync_HeldElsewhere_TimesOutWithInvalidState()
    {
        using var held = await WorkspaceLock.AcquireAsync(_root, TimeSpan.FromSeconds(1), CancellationToken.None);

        var ex = await Assert.ThrowsAsync<MlopsException>(
            () => WorkspaceLock.AcquireAsync(_root, TimeSpan.FromMilliseconds(200), CancellationToken.None));

        Assert.Equal(ErrorCode.InvalidState, ex.Code);
        Assert.Contains("locked by another pipeline run", ex.Message);
    }

    [Fact]
    public async Task AcquireAsync_AfterRelease_Succeeds()
    {
        var first = await WorkspaceLock.AcquireAsync(_root, TimeSpan.FromSeconds(1), CancellationToken.None);
        var waiting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = WorkspaceLock.AcquireAsync(_root, TimeSpan.FromSeconds(5), CancellationToken.None, _ => waiting.TrySetResult());
        await waiting.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(second.IsCompleted);

        first.Dispose();

        (await second).Dispose();
    }

    [Fact]
    public async Task AcquireAsync_HeldElsewhere_TellsWhoHoldsItOnce()
    {
        var first = await WorkspaceLock.AcquireAsync(_root, TimeSpan.FromSeconds(1), CancellationToken.None);
        var messages = new List<string>();
        var waited = new TaskCompletionSource();

        var second = WorkspaceLock.AcquireAsync(_root, TimeSpan.FromSeconds(10), CancellationToken.None, m =>
        {
            messages.Add(m);
            waited.TrySetResult();
        });
        await waited.Task.WaitAsync(TimeSpan.FromSeconds(5));
        first.Dispose();
        (await second).Dispose();

        var message = Assert.Single(messages);
        Assert.Contains($"pid {Environment.ProcessId} on host {Environment.MachineName}, since ", message);
        Assert.Contains("waiting for another pipeline run", message);
    }
}
