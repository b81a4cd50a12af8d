using Mlops.Lifecycle;
using Mlops.Pipeline.Running;
using Spectre.Console;

namespace Mlops.Cli.Commands.Pipeline;

public sealed class PipelineRunCommand : AsyncCommand<PipelineRunCommand.Settings>
{
    public sealed class Settings : PipelineSettings
    {
        [CommandOption("--force")]
        [Description("Run every selected stage even when it is up to date.")]
        public bool Force { get; init; }

        [CommandOption("--stage <NAME>")]
        [Description("Run only this stage and the stages it needs.")]
        public string? Stage { get; init; }
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, cancellationToken);

    /// <summary>The command without the command framework: CliApp calls it directly for a bare `pipeline run`.</summary>
    public static async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        var jitProfile = StartupJitProfile.Start("pipeline-run");
        var options = settings.ToOptions(settings.Force, settings.Stage) with
        {
            OnLockWait = message => Console.Error.WriteLine($"mlops: {message}"),
            OnWarning = message => Console.Error.WriteLine($"warning: {message}"),
        };
        // The store opens only when a stage runs: params and pipeline.yaml are validated first, and a no-change run stays cheap.
        Stores? stores = null;
        var pipeline = new LifecyclePipeline(() =>
        {
            stores = StoreFactory.Open(settings.TrackingUri);
            return new StoreSet(stores.Tracking, stores.Registry, stores.Artifacts, stores.FeatureSets);
        });
        var report = await pipeline.RunAsync(options, new StageProgressPrinter(), cancellationToken);
        if (settings.Json)
        {
            JsonOutput.Write(new
            {
                report.RunId,
                Stages = report.Stages.Stages.Select(s => new { s.Stage, Outcome = s.Outcome.ToString(), s.Reasons, Seconds = s.Duration.TotalSeconds }),
                Metrics = report.HeadlineMetrics,
                report.Registration,
                FeatureSet = report.FeatureSet is { } f ? new { Version = f.Version.Reference.ToString(), f.Created } : null,
            });
        }
        else
        {
            RunSummaryPrinter.Print(report, stores?.Uri ?? StoreFactory.ResolveUri(settings.TrackingUri));
        }
        // Only a run of every stage compiled what a whole pipeline needs: its profile is the one later runs play back.
        if (report.Stages.Stages.All(s => s.Outcome == StageOutcome.Ran))
        {
            jitProfile?.Complete();
        }
        return 0;
    }
}
