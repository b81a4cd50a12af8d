using Microsoft.Extensions.Hosting;
using Mlops.Artifacts.S3;
using Mlops.Cli.Commands.Ui;
using Mlops.TrackingServer;

namespace Mlops.Cli.Commands.Server;

/// <summary>`mlops server`: MLflow's REST API over our stores, so MLflow's own clients can use them.</summary>
public sealed class ServerCommand : AsyncCommand<ServerCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--backend-store-uri <URI>")]
        [Description("sqlite:///PATH (relative) or sqlite:////ABSOLUTE/PATH, or postgresql://USER@HOST:PORT/DB. Default sqlite:///mlruns/mlops.db.")]
        public string BackendStoreUri { get; init; } = StoreFactory.DefaultUri;

        [CommandOption("--artifacts-destination <DIR>")]
        [Description("Folder, or s3://BUCKET/PREFIX (endpoint and keys from MLOPS_S3_ENDPOINT_URL and the AWS_* variables), " +
            "where proxied artifacts are stored (default: ./mlruns/artifacts).")]
        public string? ArtifactsDestination { get; init; }

        [CommandOption("--default-artifact-root <URI>")]
        [Description("Instead of proxying: a file:// URI or path whose file:// URIs clients are told and read and write " +
            "themselves (as mlflow server --default-artifact-root without --serve-artifacts). New experiments go to " +
            "ROOT/EXPERIMENT_ID; every location must still lie inside it.")]
        public string? DefaultArtifactRoot { get; init; }

        [CommandOption("--host <HOST>")]
        [Description("IP address to listen on, or localhost. Beyond loopback without --auth-token, anyone who can reach it reads and writes.")]
        [DefaultValue("127.0.0.1")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--port <PORT>")]
        [Description("Port (0 picks a free one).")]
        [DefaultValue(5000)]
        public int Port { get; init; } = 5000;

        [CommandOption("--auth-token <TOKEN>")]
        [Description("Require 'Authorization: Bearer TOKEN' on every write (and every read with --auth-reads). " +
            "Env: MLOPS_SERVER_TOKEN, which keeps the token out of the process list.")]
        public string? AuthToken { get; init; }

        [CommandOption("--auth-reads")]
        [Description("With a token: reads need it too; only /health and /version stay open.")]
        public bool AuthReads { get; init; }

        [CommandOption("--allowed-hosts <NAMES>")]
        [Description("Comma-separated Host header names accepted besides localhost, 127.0.0.1 and [[::1]] (a guard against DNS " +
            "rebinding); * accepts any. Bound beyond loopback without this option, any Host is accepted.")]
        public string? AllowedHosts { get; init; }

        [CommandOption("--verbose")]
        public bool Verbose { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.ArtifactsDestination is not null && settings.DefaultArtifactRoot is not null)
        {
            throw Core.Errors.MlopsException.Invalid(
                "Pass either --artifacts-destination (artifacts proxied by the server) or --default-artifact-root (clients write it themselves), not both.");
        }
        var destination = settings.DefaultArtifactRoot is { } root
            ? Core.Artifacts.ArtifactPolicy.LocalFolder(root, "--default-artifact-root")
            : settings.ArtifactsDestination is { } remote && S3ArtifactRoot.Is(remote) ? S3ArtifactRoot.Parse(remote).ToString()
            : Path.GetFullPath(settings.ArtifactsDestination ?? Path.Combine("mlruns", "artifacts"));
        // A SQLite or PostgreSQL backend's prediction log and labels are served under /api/2.0/mlops; an http backend's
        // only where that server keeps them.
        var stores = await StoreFactory.Open(settings.BackendStoreUri, destination).WithoutAbsentServerLogAsync(cancellationToken);
        var token = settings.AuthToken ?? Environment.GetEnvironmentVariable("MLOPS_SERVER_TOKEN");
        if (settings.AuthReads && string.IsNullOrEmpty(token))
        {
            throw Core.Errors.MlopsException.Invalid("--auth-reads needs a token: pass --auth-token TOKEN or set MLOPS_SERVER_TOKEN.");
        }
        var options = new TrackingServerOptions(stores.Tracking, stores.Registry, stores.Artifacts, destination)
        {
            Host = settings.Host,
            Port = settings.Port,
            AuthToken = string.IsNullOrEmpty(token) ? null : token,
            AuthReads = settings.AuthReads,
            AllowedHosts = HostNames.Split(settings.AllowedHosts),
            ProxyArtifacts = settings.DefaultArtifactRoot is null,
            PredictionLog = stores.PredictionLog,
            PredictionFeedback = stores.PredictionFeedback,
            Leases = stores.Leases,
        };
        await using var server = await TrackingServerApp.StartAsync(options, cancellationToken, UiHostServices.For(stores, "."));
        Console.Out.WriteLine($"mlops server (MLflow REST API {TrackingServerApp.MlflowVersion}) listening on {server.BaseUrl}");
        Console.Out.WriteLine($"  backend store: {stores.Uri}; prediction log {(options.PredictionLog is null ? "off" : "on")}; artifacts: {destination}{(options.ProxyArtifacts ? "" : " (not proxied)")}{(options.AuthToken is null ? "" : options.AuthReads ? "; every request but /health and /version needs a bearer token" : "; writes need a bearer token")}");
        await server.App.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
