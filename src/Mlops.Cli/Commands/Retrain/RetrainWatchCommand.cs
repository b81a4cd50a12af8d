using Mlops.Lifecycle.Retraining;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>
/// `mlops retrain watch`: a tick every interval until Ctrl+C or --ticks; a tick whose lease is held is skipped, one that
/// fails is reported and the next proceeds. Exits with the code of the last tick that ran (0 when none did, or on Ctrl+C).
/// </summary>
public sealed class RetrainWatchCommand : AsyncCommand<RetrainWatchSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, RetrainWatchSettings settings, CancellationToken cancellationToken) =>
        RetrainCommand.RunAsync(settings, cancellationToken, async (request, ct) =>
        {
            var interval = settings.Interval is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
            var outcomes = await new RetrainWatch(interval: interval).RunAsync(request, settings.Ticks, ct,
                outcome => RetrainPrinter.Print(outcome, settings.Json));
            var last = outcomes.LastOrDefault(o => o.Status != RetrainTickStatus.LeaseHeld);
            return last is null ? 0 : RetrainExitCodes.Of(last.Status);
        });
}
