using Mlops.Cli.Commands.Ab;
using Mlops.Cli.Commands.Feedback;
using Mlops.Cli.Commands.Monitor;
using Mlops.Cli.Commands.Pipeline;
using Mlops.Cli.Commands.Registry;
using Mlops.Cli.Commands.Retrain;
using Mlops.Cli.Commands.Runs;
using Mlops.Cli.Commands.Scoring;
using Mlops.Cli.Commands.Serving;
using Mlops.Cli.Commands.Server;
using Mlops.Cli.Commands.Simulate;
using Mlops.Core.Errors;
using Mlops.Pipeline.Faults;
using Spectre.Console;

namespace Mlops.Cli;

/// <summary>The `mlops` command tree and its one error policy: a one-line message and a non-zero exit; the stack with --verbose.</summary>
public static class CliApp
{
    public const int ExitError = 1;
    public const int ExitUsage = 2;

    public static async Task<int> RunAsync(string[] args)
    {
        if (NoChangeShortcut.TryRun(args) is { } shortcutExit)
        {
            return shortcutExit;
        }
        try
        {
            // The server's launch-to-first-prediction time counts: plain `serve` options skip the command model, and
            // Spectre's console too (detecting its capabilities costs start-up time; the server writes plain lines).
            if (Commands.Serving.ServeShortcut.TryParse(args) is { } serve)
            {
                return await Commands.Serving.ServeCommand.RunAsync(serve, CancellationToken.None);
            }
            if (Console.IsOutputRedirected)
            {
                // Spectre assumes 80 columns when redirected, which wraps run ids mid-token; files and pipes have no width.
                AnsiConsole.Profile.Width = 240;
            }
            // The bare main job needs no parsing; building the command model would cost more than a no-change run.
            if (args is ["pipeline", "run"])
            {
                return await PipelineRunCommand.RunAsync(new PipelineRunCommand.Settings(), CancellationToken.None);
            }
            var app = new CommandApp();
            app.Configure(Configure);
            return await app.RunAsync(args);
        }
        catch (MlopsException e)
        {
            WriteError(e.Message, e, args);
            return ExitError;
        }
        catch (CommandAppException e)
        {
            WriteError(e.Message, e, args);
            return ExitUsage;
        }
        catch (Exception e) when (e is not MlopsException && DiskFull.Find(e) is { } full)
        {
            WriteError($"the disk is full ({full.Message})", e, args);
            return ExitError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Data.Common.DbException)
        {
            WriteError(e.Message, e, args);
            return ExitError;
        }
    }

    private static void WriteError(string message, Exception e, string[] args)
    {
        Console.Error.WriteLine($"error: {message}");
        if (args.Contains("--verbose"))
        {
            Console.Error.WriteLine(e.ToString());
        }
    }

    private static void Configure(IConfigurator config)
    {
        config.SetApplicationName("mlops");
        config.SetApplicationVersion(CliVersion.Text);
        config.PropagateExceptions();
        Branch(config, "pipeline", "Run the declared stages (pipeline.yaml) that are stale, or show which are.",
            Verb<PipelineRunCommand>("run", "Run stale stages in dependency order, then track and register."),
            Verb<PipelineStatusCommand>("status", "List stale stages and why."));
        Branch(config, "runs", "Tracked runs.",
            Verb<RunsListCommand>("list", "List runs of an experiment, newest first."),
            Verb<RunsShowCommand>("show", "Show a run's params, metrics and tags."),
            Verb<RunsCompareCommand>("compare", "Compare the metrics of several runs side by side."));
        Branch(config, "params", "Parameters of runs.", Verb<ParamsDiffCommand>("diff", "Show params that differ between two runs."));
        Branch(config, "metrics", "Metrics of runs.", Verb<MetricsDiffCommand>("diff", "Show metric changes between two runs."));
        Branch(config, "registry", "Registered models, versions, stages and aliases.",
            Verb<RegistryListCommand>("list", "List registered models with version counts per stage."),
            Verb<RegistryVersionsCommand>("versions", "List the versions of a model."),
            Verb<RegistryShowCommand>("show", "Show one version with its lineage."),
            Verb<RegistryPromoteCommand>("promote", "Move a version to a stage (Production archives the others)."),
            Verb<RegistryAliasCommand>("alias", "Point an alias at a version."),
            Verb<RegistryDeleteAliasCommand>("delalias", "Remove an alias."),
            Verb<RegistryRollbackCommand>("rollback", "Move an alias back to the version it held before its latest move."),
            Verb<RegistryHistoryCommand>("history", "Every move of a model's aliases: when, from, to, who and why."),
            Verb<RegistryCompareCommand>("compare", "Compare two versions' metrics and lineage."),
            Verb<RegistryBestCommand>("best", "The version with the best value of a metric."));
        config.AddCommand<PredictCommand>("predict").WithDescription("Batch-score a CSV with a registered model; writes class probabilities.");
        config.AddCommand<Commands.Ui.UiCommand>("ui").WithDescription("The web UI on 127.0.0.1 over the local store; `mlops server` serves it too.");
        config.AddCommand<ServerCommand>("server").WithDescription("Serve MLflow's REST API over the chosen store (MLflow clients work against it).");
        config.AddCommand<ServeCommand>("serve").WithDescription("Serve a registered model over HTTP; follows its alias or stage (hot reload).");
        Branch(config, "predictions", "The prediction log written by `mlops serve`.",
            Verb<PredictionsListCommand>("list", "List logged predictions, newest first."),
            Verb<PredictionsExportCommand>("export", "Export logged predictions to CSV."),
            Verb<PredictionsPruneCommand>("prune", "Delete old predictions (--max-age, --max-rows)."));
        Branch(config, "simulate", "Simulated production traffic, for demos, tests and benchmarks of the loop.",
            Verb<SimulateTrafficCommand>("traffic", "Send the held-out rows to a prediction server (optionally shifted) and post their labels back."));
        Branch(config, "feedback", "True labels of logged predictions.",
            Verb<FeedbackImportCommand>("import", "Import true labels of logged predictions (CSV)."));
        Branch(config, "monitor", "Drift and performance of a served model against its reference profile.",
            Verb<MonitorRunCommand>("run", "Compare a window of logged predictions with the model's reference; record a run."),
            Verb<MonitorShowCommand>("show", "Show a recorded monitoring run's report."));
        Branch(config, "ab", "A/B tests and shadow traffic between model versions, decided by returned labels.",
            Verb<AbStartCommand>("start", "Start a test: variants resolved to versions, the labelled predictions needed per variant computed."),
            Verb<AbListCommand>("list", "List A/B tests, newest first."),
            Verb<AbStatusCommand>("status", "Analyse a test: per-variant accuracy, difference, p-value, sample ratio, horizon, verdict."),
            Verb<AbStopCommand>("stop", "Stop a running test's traffic without a verdict."),
            Verb<AbConcludeCommand>("conclude", "Analyse, move the champion alias when the challenger won (compare-and-set), close the test. " +
                "Exit 0 concluded; 3 no verdict yet (nothing changed, the test stays open); 4 the challenger won but the alias did not move."));
        Branch(config, "features", "Recorded versions of the feature sets: columns, statistics, diffs.",
            Verb<Commands.Features.FeaturesListCommand>("list", "List feature sets with their latest version."),
            Verb<Commands.Features.FeaturesShowCommand>("show", "Show a version's columns, statistics and linked model versions."),
            Verb<Commands.Features.FeaturesDiffCommand>("diff", "Columns added or removed, statistics changed and drift per column between two versions."));
        config.AddCommand<Commands.Init.InitCommand>("init").WithDescription("A workspace for any CSV (params.yaml, pipeline.yaml), or the bundled example.");
        config.AddBranch("retrain", retrain =>
        {
            retrain.SetDescription(RetrainExitCodes.Summary);
            retrain.SetDefaultCommand<RetrainCommand>();
            retrain.AddCommand<RetrainWatchCommand>("watch").WithDescription("A tick every continuous_training.tick_seconds until Ctrl+C (or --ticks); " +
                "exits with the code of the last tick that ran. " + RetrainExitCodes.Help);
        });

        config.AddCommand<Commands.Sweep.SweepCommand>("sweep").WithDescription("Cross-validate model params as child runs; retrain and register the best.");
        config.AddCommand<ValidateCommand>("validate").WithDescription("Check any CSV against the schema in params.yaml.");
    }

    private static void Branch(IConfigurator config, string name, string description, params Action<IConfigurator<CommandSettings>>[] verbs) =>
        config.AddBranch(name, branch =>
        {
            branch.SetDescription(description);
            foreach (var verb in verbs)
            {
                verb(branch);
            }
        });

    private static Action<IConfigurator<CommandSettings>> Verb<TCommand>(string name, string description)
        where TCommand : class, ICommandLimiter<CommandSettings> =>
        branch => branch.AddCommand<TCommand>(name).WithDescription(description);
}
