namespace Mlops.Storage.ContractTests.Race;

/// <summary>Holds every caller until <paramref name="parties"/> have arrived, then lets them all go at once.</summary>
public sealed class StartGate(int parties)
{
    private readonly TaskCompletionSource open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int arrived;

    public Task ArriveAsync()
    {
        if (Interlocked.Increment(ref arrived) == parties)
        {
            open.SetResult();
        }
        return open.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
