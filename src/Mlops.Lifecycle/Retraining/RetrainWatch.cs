namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// `retrain watch`: a tick every <c>interval</c> (default continuous_training.tick_seconds) on the request's
/// TimeProvider until cancelled or <c>maxTicks</c> ticks ran. A tick that fails is reported and the next one proceeds
/// (the champion is unchanged and the lease released); a tick that finds the lease held is skipped.
/// </summary>
public sealed class RetrainWatch(Retrainer? retrainer = null, TimeSpan? interval = null)
{
    private readonly Retrainer _retrainer = retrainer ?? new Retrainer();

    /// <summary>Runs ticks; <paramref name="onTick"/> is told each outcome as it ends. Returns them all, oldest first.</summary>
    public async Task<IReadOnlyList<RetrainTickOutcome>> RunAsync(RetrainRequest request, int? maxTicks, CancellationToken ct,
        Action<RetrainTickOutcome>? onTick = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var period = interval ?? TimeSpan.FromSeconds(request.Params.ContinuousTraining.TickSeconds);
        var outcomes = new List<RetrainTickOutcome>();
        while (!ct.IsCancellationRequested && (maxTicks is null || outcomes.Count < maxTicks))
        {
            var outcome = await TickAsync(request, ct);
            if (outcome is null)
            {
                break;
            }
            outcomes.Add(outcome);
            onTick?.Invoke(outcome);
            if (maxTicks is { } max && outcomes.Count >= max)
            {
                break;
            }
            try
            {
                await Task.Delay(period, request.Time, ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return outcomes;
    }

    /// <summary>One tick; null when it was cancelled (Ctrl+C between or during steps: the lease is released either way).</summary>
    private async Task<RetrainTickOutcome?> TickAsync(RetrainRequest request, CancellationToken ct)
    {
        try
        {
            return await _retrainer.RunTickAsync(request, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            request.Say($"tick failed, the champion is unchanged: {e.Message}");
            return new RetrainTickOutcome("", RetrainTickStatus.Failed, e.Message);
        }
    }
}
