using System.Globalization;

namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// One retrain tick: take the model's lease, evaluate and record every trigger, and when one fired (or --force) train
/// a candidate on the tick's rows as a child pipeline run, judge it against the champion with the gate, roll it out
/// and record it all on a parent run. Until the rollout's compare-and-set the champion alias is never touched, so a
/// crash or an error at any earlier point leaves it unchanged; an error marks the parent run FAILED with the reason.
/// </summary>
public sealed partial class Retrainer(RetrainerSteps? steps = null)
{
    private readonly RetrainerSteps _steps = steps ?? RetrainerSteps.Default;

    public async Task<RetrainTickOutcome> RunTickAsync(RetrainRequest request, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = request.Params.ContinuousTraining;
        var tickId = NewTickId(request.Time);
        var (lease, other) = await RetrainerLease.TryTakeAsync(request.Stores.Leases, request.ModelName, Holder(request),
            TimeSpan.FromSeconds(settings.LeaseSeconds), request.Time, ct);
        if (lease is null)
        {
            var who = other is null
                ? "another retrain had it a moment ago and has just released it; try again"
                : $"{other.Holder} holds it until {other.ExpiresAt.ToUniversalTime():yyyy-MM-dd HH:mm:ss}Z";
            return new RetrainTickOutcome(tickId, RetrainTickStatus.LeaseHeld,
                $"another retrain of {request.ModelName} is running (lease {RetrainerLease.NameOf(request.ModelName)}): {who}")
            {
                HeldBy = other,
            };
        }
        await using (lease)
        {
            try
            {
                return await RunHeldAsync(request, tickId, lease, lease.Token);
            }
            catch (OperationCanceledException) when (lease.Lost && !ct.IsCancellationRequested)
            {
                lease.EnsureHeld();
                throw;
            }
        }
    }

    private async Task<RetrainTickOutcome> RunHeldAsync(RetrainRequest request, string tickId, RetrainerLease lease, CancellationToken ct)
    {
        // A retrain's A/B test decides before anything new is trained; a dry run changes nothing, so it does not conclude.
        var test = request.DryRun ? null : await RolloutAbConclusion.TryConcludeAsync(request, ct);
        var triggers = await _steps.EvaluateTriggers(request, ct);
        RetrainerTickLog.Append(request.Workspace, tickId, triggers, request.Force, request.DryRun);
        foreach (var result in triggers.Results)
        {
            request.Say($"trigger {result.Name}: {(result.Fired ? "fires" : result.Enabled ? "does not fire" : "off")} ({result.Reason})");
        }
        if (test is var (concluded, rollout))
        {
            var status = !concluded ? RetrainTickStatus.TestRunning : rollout.Moved ? RetrainTickStatus.Promoted : RetrainTickStatus.Rejected;
            return new RetrainTickOutcome(tickId, status, rollout.Sentence, Triggers: triggers, Rollout: rollout);
        }
        var fired = string.Join(", ", triggers.Fired.Select(r => r.Name));
        if (request.DryRun)
        {
            var would = triggers.AnyFired ? $"would retrain: {fired} fired" : request.Force ? "would retrain: forced" : "would not retrain: no trigger fired";
            return new RetrainTickOutcome(tickId, RetrainTickStatus.DryRun, $"dry run, {would}") { Triggers = triggers };
        }
        if (!triggers.AnyFired && !request.Force)
        {
            return new RetrainTickOutcome(tickId, RetrainTickStatus.NothingFired, "no trigger fired; nothing was trained") { Triggers = triggers };
        }
        request.Say(triggers.AnyFired ? $"retraining: {fired} fired" : "retraining: forced (--force)");
        return await RetrainAsync(request, tickId, triggers, lease, ct);
    }

    private static string Holder(RetrainRequest request) =>
        $"{request.Actor} on {Environment.MachineName} (pid {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)})";

    private static string NewTickId(TimeProvider time) =>
        $"{time.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
}
