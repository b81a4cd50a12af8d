using Mlops.Lifecycle.Retraining;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>
/// `mlops retrain`: one tick — lease, triggers, and when one fired (or --force) train, gate, roll out, audit — and
/// `mlops retrain watch` (<see cref="RetrainWatchCommand"/>) runs the same tick on a timer.
/// </summary>
public sealed class RetrainCommand : AsyncCommand<RetrainSettings>
{
    public override Task<int> ExecuteAsync(CommandContext context, RetrainSettings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, cancellationToken, async (request, ct) =>
        {
            var outcome = await new Retrainer().RunTickAsync(request, ct);
            RetrainPrinter.Print(outcome, settings.Json);
            return RetrainExitCodes.Of(outcome.Status);
        });

    /// <summary>Builds the request and runs <paramref name="work"/> with Ctrl+C as cancellation (the lease is released either way).</summary>
    internal static async Task<int> RunAsync(RetrainSettings settings, CancellationToken outer, Func<RetrainRequest, CancellationToken, Task<int>> work)
    {
        var request = RetrainInputs.Build(settings, RetrainPrinter.Progress(settings.Json));
        using var ctrlC = new CtrlCScope(outer);
        try
        {
            return await work(request, ctrlC.Token);
        }
        catch (OperationCanceledException) when (ctrlC.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine("error: cancelled; the champion is unchanged and the lease was released");
            return CliApp.ExitError;
        }
    }
}
