using System.Globalization;
using Mlops.Pipeline.Running;

namespace Mlops.Lifecycle.Retraining;

/// <summary>The child pipeline run's stage events as progress sentences, told in order on the caller's thread.</summary>
public sealed class RetrainRunProgress(RetrainRequest request) : IProgress<StageEvent>
{
    public void Report(StageEvent value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var seconds = value.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        request.Say(value.Kind switch
        {
            StageEventKind.Started => $"pipeline stage {value.Stage} started",
            StageEventKind.Finished => $"pipeline stage {value.Stage} finished in {seconds} s",
            StageEventKind.Failed => $"pipeline stage {value.Stage} failed: {value.Error?.Message}",
            _ => $"pipeline stage {value.Stage} skipped",
        });
    }
}
