using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Mlops.Cli.Commands.Monitor;
using Mlops.Lifecycle.Profiling;
using Mlops.Serving;

namespace Mlops.Cli.Commands.Serving;

public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    /// <summary>Where the token is read from when --auth-token is not given.</summary>
    public const string TokenVariable = "MLOPS_SERVE_TOKEN";

    public sealed class Settings : StoreSettings
    {
        [CommandOption("--model <URI>")]
        [Description("Model to serve and follow: models:/NAME@ALIAS, models:/NAME/STAGE, models:/NAME/VERSION or runs:/RUN_ID/model " +
            "(default: params.yaml's registry.model_name at its champion alias).")]
        public string? Model { get; init; }

        [CommandOption("--host <ADDRESS>")]
        [Description("IP address to listen on, or localhost. Beyond loopback without --auth-token, anyone who can reach it scores.")]
        [DefaultValue("127.0.0.1")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--port <PORT>")]
        [Description("Port (0 picks a free one).")]
        [DefaultValue(5080)]
        public int Port { get; init; } = 5080;

        [CommandOption("--auth-token <TOKEN>")]
        [Description("Require 'Authorization: Bearer TOKEN' on scoring and /model/info (/health, /ready, /ping, /version, " +
            "/metrics and /docs stay open). Env: MLOPS_SERVE_TOKEN, which keeps the token out of the process list.")]
        public string? AuthToken { get; init; }

        [CommandOption("--allowed-hosts <NAMES>")]
        [Description("Comma-separated Host header names accepted besides localhost, 127.0.0.1 and [[::1]] (a guard against DNS " +
            "rebinding); * accepts any. Bound beyond loopback without this option, any Host is accepted.")]
        public string? AllowedHosts { get; init; }

        [CommandOption("--poll-interval <SECONDS>")]
        [Description("How often to ask the registry whether the alias or stage moved (default 10; 0 turns hot reload off).")]
        public double PollInterval { get; init; } = 10;

        [CommandOption("--max-body-bytes <BYTES>")]
        [Description("Larger request bodies are answered 413 (default 8 MiB).")]
        public long MaxBodyBytes { get; init; } = 8 * 1024 * 1024;

        [CommandOption("--no-prediction-log")]
        [Description("Do not record predictions in the tracking store.")]
        public bool NoPredictionLog { get; init; }

        [CommandOption("--prediction-log-uri <URI>")]
        [Description("Log predictions (and take POST /feedback labels) in this SQLite or PostgreSQL store instead of the tracking " +
            "store: for a tracking store without a prediction log, such as an MLflow server.")]
        public string? PredictionLogUri { get; init; }

        [CommandOption("--log-max-age <DURATION>")]
        [Description("Prediction-log retention: delete predictions older than this (e.g. 30d), checked every 5 minutes. Default: keep all.")]
        public string? LogMaxAge { get; init; }

        [CommandOption("--log-max-rows <N>")]
        [Description("Prediction-log retention: keep at most the newest N predictions. Default: keep all.")]
        public long? LogMaxRows { get; init; }

        [CommandOption("--monitor-every <DURATION>")]
        [Description("Compute the monitoring report of the served version this often (e.g. 5m, 30s) in the background and export it " +
            "as gauges on /metrics (mlops_feature_drift_score, mlops_dataset_drift, ...). Needs the prediction log. Default: off.")]
        public string? MonitorEvery { get; init; }

        [CommandOption("--monitor-window <N>")]
        [Description("With --monitor-every: how many of the served version's newest logged predictions each report compares with its " +
            "reference profile (default: params.yaml's monitoring.window, 5000). The drift rules are params.yaml's monitoring section.")]
        public int? MonitorWindow { get; init; }

        public override Spectre.Console.ValidationResult Validate() => PollInterval < 0 || Port is < 0 or > 65535 || MonitorWindow < 1
            ? Spectre.Console.ValidationResult.Error("--poll-interval must be >= 0, --port between 0 and 65535 and --monitor-window at least 1.")
            : RetentionOptions.CheckRows(LogMaxRows, "--log-max-rows");

        /// <summary>How often --monitor-every asks for a report; zero when off.</summary>
        public TimeSpan MonitorInterval() => MonitorEvery is { } every ? DurationText.Parse(every, "--monitor-every") : TimeSpan.Zero;

        /// <summary>The retention the two --log-max options ask for.</summary>
        public Core.Predictions.PredictionRetention Retention() => RetentionOptions.Parse(LogMaxAge, "--log-max-age", LogMaxRows);
    }

    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        RunAsync(settings, cancellationToken);

    /// <summary>The command's work, callable without Spectre (see <see cref="ServeShortcut"/>).</summary>
    public static async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        // One open of the backend serves the registry, the artifacts and the prediction log. It runs while the web host
        // is built: both are on the path to the first prediction, and on two cores they overlap.
        var opening = Task.Run(() => StoreFactory.Open(settings.TrackingUri).WithPredictionLog(settings.PredictionLogUri));
        var modelUri = await ModelUriAsync(settings.Model, opening);
        var monitorEvery = settings.MonitorInterval();
        // params.yaml is read only when monitoring is on: parsing it is start-up time.
        var monitoring = monitorEvery == TimeSpan.Zero ? null : MonitorParams.Load();
        var options = new ServingOptions
        {
            ModelUri = modelUri,
            Host = settings.Host,
            Port = settings.Port,
            PollInterval = TimeSpan.FromSeconds(settings.PollInterval),
            MaxRequestBodyBytes = settings.MaxBodyBytes,
            PredictionLogRetention = settings.Retention(),
            AuthToken = settings.AuthToken ?? NullIfEmpty(Environment.GetEnvironmentVariable(TokenVariable)),
            AllowedHosts = HostNames.Split(settings.AllowedHosts),
            MonitorEvery = monitorEvery,
            MonitorWindow = settings.MonitorWindow ?? monitoring?.Window ?? Monitoring.Reports.WindowSelection.DefaultRows,
            MonitorRules = monitoring is null ? Monitoring.Reports.MonitoringOptions.Default : MonitoringSettings.ToOptions(monitoring),
        };
        var serving = opening.ContinueWith(t => new ServingStores(t.Result.Tracking, t.Result.Registry, t.Result.Artifacts,
            settings.NoPredictionLog ? null : t.Result.PredictionLog, settings.NoPredictionLog ? null : t.Result.PredictionFeedback, t.Result.AbTests),
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        await using var app = ServingApp.Build(options, serving);
        // A store that cannot be opened fails here, before anything listens, with the store's own error.
        var stores = await opening;
        var log = settings.NoPredictionLog ? null : stores.PredictionLog;
        await app.StartAsync(cancellationToken);
        Console.Out.WriteLine($"Serving {modelUri} from {stores.Uri} on {ServingApp.BoundAddress(app)} " +
            $"(docs /docs, metrics /metrics, prediction log {(log is null ? "off" : "on")}" +
            $"{(options.AuthToken is null ? "" : "; scoring needs a bearer token")}{MonitorText(options, log)}); Ctrl+C stops.");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    // Without --model or params.yaml there is nothing to serve, but a store that cannot be opened is still the error shown.
    private static async Task<string> ModelUriAsync(string? model, Task opening)
    {
        try
        {
            return DefaultModelUri.Resolve(model);
        }
        catch (Core.Errors.MlopsException)
        {
            await opening;
            throw;
        }
    }

    private static string MonitorText(ServingOptions options, Core.Predictions.IPredictionLog? log) =>
        options.MonitorEvery == TimeSpan.Zero ? ""
        : log is null ? "; monitoring off: no prediction log"
        : $"; monitoring the newest {options.MonitorWindow} predictions every {options.MonitorEvery}";

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
