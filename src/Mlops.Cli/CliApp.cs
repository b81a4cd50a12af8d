using Mlops.Cli.Commands.Feedback;
using Mlops.Cli.Commands.Pipeline;
using Mlops.Cli.Commands.Registry;
using Mlops.Cli.Commands.Runs;
using Mlops.Cli.Commands.Scoring;
using Mlops.Cli.Commands.Serving;
using Mlops.Cli.Commands.Server;
using Mlops.Core.Errors;
using Mlops.Pipeline.Faults;
using Spectre.Console;
using Spectre.Console.Cli;

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
        config.PropagateExceptions();
        config.AddBranch("pipeline", pipeline =>
        {
            pipeline.SetDescription("Run the declared stages (pipeline.yaml) that are stale, or show which are.");
            pipeline.AddCommand<PipelineRunCommand>("run").WithDescription("Run stale stages in dependency order, then track and register.");
            pipeline.AddCommand<PipelineStatusCommand>("status").WithDescription("List stale stages and why.");
        });
        config.AddBranch("runs", runs =>
        {
            runs.SetDescription("Tracked runs.");
            runs.AddCommand<RunsListCommand>("list").WithDescription("List runs of an experiment, newest first.");
            runs.AddCommand<RunsShowCommand>("show").WithDescription("Show a run's params, metrics and tags.");
            runs.AddCommand<RunsCompareCommand>("compare").WithDescription("Compare the metrics of several runs side by side.");
        });
        config.AddBranch("params", p =>
        {
            p.SetDescription("Parameters of runs.");
            p.AddCommand<ParamsDiffCommand>("diff").WithDescription("Show params that differ between two runs.");
        });
        config.AddBranch("metrics", m =>
        {
            m.SetDescription("Metrics of runs.");
            m.AddCommand<MetricsDiffCommand>("diff").WithDescription("Show metric changes between two runs.");
        });
        config.AddBranch("registry", registry =>
        {
            registry.SetDescription("Registered models, versions, stages and aliases.");
            registry.AddCommand<RegistryListCommand>("list").WithDescription("List registered models with version counts per stage.");
            registry.AddCommand<RegistryVersionsCommand>("versions").WithDescription("List the versions of a model.");
            registry.AddCommand<RegistryShowCommand>("show").WithDescription("Show one version with its lineage.");
            registry.AddCommand<RegistryPromoteCommand>("promote").WithDescription("Move a version to a stage (Production archives the others).");
            registry.AddCommand<RegistryAliasCommand>("alias").WithDescription("Point an alias at a version.");
            registry.AddCommand<RegistryDeleteAliasCommand>("delalias").WithDescription("Remove an alias.");
            registry.AddCommand<RegistryCompareCommand>("compare").WithDescription("Compare two versions' metrics and lineage.");
            registry.AddCommand<RegistryBestCommand>("best").WithDescription("The version with the best value of a metric.");
        });
        config.AddCommand<PredictCommand>("predict").WithDescription("Batch-score a CSV with a registered model; writes class probabilities.");
        config.AddCommand<ServerCommand>("server").WithDescription("Serve MLflow's REST API over the chosen store (MLflow clients work against it).");
        config.AddCommand<ServeCommand>("serve").WithDescription("Serve a registered model over HTTP; follows its alias or stage (hot reload).");
        config.AddBranch("predictions", predictions =>
        {
            predictions.SetDescription("The prediction log written by `mlops serve`.");
            predictions.AddCommand<PredictionsListCommand>("list").WithDescription("List logged predictions, newest first.");
            predictions.AddCommand<PredictionsExportCommand>("export").WithDescription("Export logged predictions to CSV.");
            predictions.AddCommand<PredictionsPruneCommand>("prune").WithDescription("Delete old predictions (--max-age, --max-rows).");
        });
        config.AddBranch("feedback", f => f.AddCommand<FeedbackImportCommand>("import").WithDescription("Import true labels of logged predictions (CSV)."));
        config.AddCommand<ValidateCommand>("validate").WithDescription("Check any CSV against the schema in params.yaml.");
    }
}
