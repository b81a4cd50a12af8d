using System.ComponentModel;
using Microsoft.Extensions.Hosting;
using Mlops.Cli.Infrastructure;
using Mlops.TrackingServer;
using Spectre.Console.Cli;

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
        [Description("Folder where proxied artifacts are stored (default: ./mlruns/artifacts).")]
        public string ArtifactsDestination { get; init; } = Path.Combine("mlruns", "artifacts");

        [CommandOption("--host <HOST>")]
        public string Host { get; init; } = "127.0.0.1";

        [CommandOption("--port <PORT>")]
        public int Port { get; init; } = 5000;

        [CommandOption("--auth-token <TOKEN>")]
        [Description("Require 'Authorization: Bearer TOKEN' on every write. Env: MLOPS_SERVER_TOKEN.")]
        public string? AuthToken { get; init; }

        [CommandOption("--verbose")]
        public bool Verbose { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var destination = Path.GetFullPath(settings.ArtifactsDestination);
        var stores = StoreFactory.Open(settings.BackendStoreUri, destination);
        var token = settings.AuthToken ?? Environment.GetEnvironmentVariable("MLOPS_SERVER_TOKEN");
        var options = new TrackingServerOptions(stores.Tracking, stores.Registry, stores.Artifacts, destination)
        {
            Host = settings.Host,
            Port = settings.Port,
            AuthToken = string.IsNullOrEmpty(token) ? null : token,
        };
        await using var server = await TrackingServerApp.StartAsync(options, cancellationToken);
        Console.Out.WriteLine($"mlops server (MLflow REST API {TrackingServerApp.MlflowVersion}) listening on {server.BaseUrl}");
        Console.Out.WriteLine($"  backend store: {stores.Uri}; artifacts: {destination}{(options.AuthToken is null ? "" : "; writes need a bearer token")}");
        await server.App.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
