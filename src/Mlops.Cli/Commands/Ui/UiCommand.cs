using Microsoft.Extensions.Hosting;
using Mlops.TrackingServer;

namespace Mlops.Cli.Commands.Ui;

/// <summary>
/// `mlops ui`: the web UI (and MLflow's REST API) over the local store, on 127.0.0.1 by default, as `mlflow ui` does.
/// A shared server with a token is `mlops server`, which serves the same pages.
/// </summary>
public sealed class UiCommand : AsyncCommand<UiSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UiSettings settings, CancellationToken cancellationToken)
    {
        var uri = StoreFactory.ResolveUri(settings.TrackingUri);
        var artifactRoot = ArtifactRootOf(uri);
        var stores = StoreFactory.Open(uri, artifactRoot);
        var options = new TrackingServerOptions(stores.Tracking, stores.Registry, stores.Artifacts, artifactRoot)
        {
            Host = settings.Host,
            Port = settings.Port,
            PredictionLog = stores.PredictionLog,
            PredictionFeedback = stores.PredictionFeedback,
        };
        await using var server = await TrackingServerApp.StartAsync(options, cancellationToken, UiHostServices.For(stores, "."));
        Console.Out.WriteLine($"mlops ui on {server.BaseUrl}/ (store {stores.Uri}); Ctrl+C stops it");
        await server.App.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    // The folder the store keeps artifacts in, so the server's artifact routes and the UI's previews read the same files.
    private static string ArtifactRootOf(string uri) => uri.StartsWith("sqlite:///", StringComparison.Ordinal)
        ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(uri["sqlite:///".Length..]))!, "artifacts")
        : Environment.GetEnvironmentVariable("MLOPS_ARTIFACT_ROOT") is { Length: > 0 } root ? root : Path.GetFullPath(Path.Combine("mlruns", "artifacts"));
}
