using Mlops.Lifecycle.Retraining;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>`mlops retrain`: one tick — lease, triggers, and when one fired (or --force) train, gate, roll out, audit.</summary>
public sealed class RetrainCommand : AsyncCommand<RetrainSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, RetrainSettings settings, CancellationToken cancellationToken)
    {
        var request = RetrainInputs.Build(settings, RetrainPrinter.Progress(settings.Json));
        using var ctrlC = new CtrlCScope(cancellationToken);
        RetrainTickOutcome outcome;
        try
        {
            outcome = await new Retrainer().RunTickAsync(request, ctrlC.Token);
        }
        catch (OperationCanceledException) when (ctrlC.Token.IsCancellationRequested)
        {
            Console.Error.WriteLine("error: cancelled; the champion is unchanged and the lease was released");
            return CliApp.ExitError;
        }
        RetrainPrinter.Print(outcome, settings.Json);
        return RetrainExitCodes.Of(outcome.Status);
    }
}
