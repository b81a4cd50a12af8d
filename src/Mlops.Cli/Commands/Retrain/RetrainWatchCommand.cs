using Mlops.Lifecycle.Retraining;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>
/// `mlops retrain watch`: a tick every interval until Ctrl+C or --ticks; a tick whose lease is held is skipped, one that
/// fails is reported and the next proceeds. Exits with the code of the last tick that ran (0 when none did).
/// </summary>
public sealed class RetrainWatchCommand : AsyncCommand<RetrainWatchSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RetrainWatchSettings settings, CancellationToken cancellationToken)
    {
        var request = RetrainInputs.Build(settings, RetrainPrinter.Progress(settings.Json));
        using var ctrlC = new CtrlCScope(cancellationToken);
        var interval = settings.Interval is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var outcomes = await new RetrainWatch(interval: interval).RunAsync(request, settings.Ticks, ctrlC.Token,
            outcome => RetrainPrinter.Print(outcome, settings.Json));
        var last = outcomes.LastOrDefault(o => o.Status != RetrainTickStatus.LeaseHeld);
        return last is null ? 0 : RetrainExitCodes.Of(last.Status);
    }
}
