using Mlops.Cli.Commands.Pipeline;
using Mlops.Lifecycle;
using Mlops.Lifecycle.Sweeps;

namespace Mlops.Cli.Commands.Sweep;

/// <summary>
/// `mlops sweep`: cross-validates every trial as a child run of one parent run, prints the ranked table, then retrains
/// the best trial through the pipeline (evaluated on the test rows, registered by the registry rules). Exit 1 when every
/// trial failed.
/// </summary>
public sealed class SweepCommand : AsyncCommand<SweepSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, SweepSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Worker)
        {
            await SweepWorker.RunAsync(Console.In, Console.Out, cancellationToken);
            return 0;
        }
        var stores = StoreFactory.Open(settings.TrackingUri);
        var say = settings.Json ? (Action<string>)Console.Error.WriteLine : Console.Out.WriteLine;
        var request = new SweepRequest(settings.Workspace, new StoreSet(stores.Tracking, stores.Registry, stores.Artifacts, stores.FeatureSets))
        {
            ParamsFile = settings.ParamsFile,
            Overrides = settings.Set,
            OnProgress = say,
            Grid = settings.Grid,
            RandomTrials = settings.Random,
            StageProgress = settings.Json ? null : new StageProgressPrinter(),
            Seed = settings.Seed,
            Parallelism = settings.Parallelism,
            WorkerProcess = SweepWorkerProcess.StartInfo,
        };
        var outcome = await new Sweeper().RunAsync(request, cancellationToken);
        if (settings.Json)
        {
            SweepPrinter.WriteJson(outcome);
        }
        else
        {
            SweepPrinter.Print(outcome, stores.Uri);
        }
        if (outcome.Best is null)
        {
            Console.Error.WriteLine($"error: every trial failed; nothing was retrained (sweep run {outcome.ParentRunId})");
            return CliApp.ExitError;
        }
        return 0;
    }
}
