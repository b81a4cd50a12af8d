using Mlops.Pipeline.Definition;
using Mlops.Pipeline.Faults;
using Mlops.Pipeline.Locking;

namespace Mlops.Pipeline.Running;

/// <summary>
/// A stage's commit: the host's record of it, then its lock entry. Commits run one after another in stage order, behind
/// the stages' work, so the next stage starts while the tracking store is still being written (the first record also
/// waits for the tracked run to be created). A lock entry is still written only after its stage's record, and a failed
/// commit stops every later one, so a crash or a store failure leaves the stage to run again, as before.
/// </summary>
internal sealed partial class PipelineRun
{
    private readonly Lock _lockFileGate = new();
    private Task _commits = Task.CompletedTask;

    private StageLock? FindLockEntry(string stageName)
    {
        lock (_lockFileGate)
        {
            return lockFile.Find(stageName);
        }
    }

    private void Commit(StageLock entry, StageDefinition stage, IReadOnlyList<string> reasons, long started, CancellationToken ct)
    {
        var previous = _commits;
        _commits = Task.Run(() => CommitAsync(previous, entry, stage, reasons, started, ct), CancellationToken.None);
    }

    private async Task CommitAsync(Task previous, StageLock entry, StageDefinition stage, IReadOnlyList<string> reasons, long started, CancellationToken ct)
    {
        // A failed earlier commit fails this one too, so no later stage gets a lock entry.
        await previous;
        var writing = "its record in the tracking store";
        try
        {
            if (request.RecordStageAsync is { } record)
            {
                await record(stage, ct);
            }
            FaultInjection.Point($"{stage.Name}.after-record");
            writing = PipelineDefinition.LockFileName;
            lock (_lockFileGate)
            {
                lockFile.Set(entry);
                lockFile.Save(_definition.LockFilePath);
            }
            FaultInjection.Point($"{stage.Name}.after-lock");
        }
        catch (Exception ex)
        {
            throw Failed(stage, reasons, started, ex, writing, staging: null);
        }
    }
}
