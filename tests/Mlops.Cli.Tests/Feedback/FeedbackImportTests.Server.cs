using Mlops.Cli.Tests.Support;
using Mlops.Core.Predictions;
using Mlops.TrackingServer;

namespace Mlops.Cli.Tests.Feedback;

/// <summary>`--tracking-uri http://` of an mlops server: the prediction log and its labels go through the server's API.</summary>
public sealed partial class FeedbackImportTests
{
    [Fact]
    public async Task ServeAndImport_TrackingUriOfMlopsServer_PredictionLoggedAndLabelledInTheServersStore()
    {
        using var store = StoreProbe.Open(Ws);
        await using var server = await TrackingServerApp.StartAsync(
            new TrackingServerOptions(store.Tracking, store.Registry, store.Artifacts, Ws.PathOf("mlruns/artifacts"))
            {
                Port = 0, PredictionLog = store.PredictionLog, PredictionFeedback = store.PredictionLog,
            }, CancellationToken.None);
        var real = (await PackageClassesAsync())[0];

        var id = await ServeOnePredictionAsync("--tracking-uri", server.BaseUrl);
        var import = await CliProcess.RunAsync(Ws.Root, "feedback", "import", "--tracking-uri", server.BaseUrl,
            "--input", Write($"prediction_id,label\n{id},{real}\n"));

        Assert.True(import.ExitCode == 0, import.Output);
        Assert.Contains("1 row(s): 1 accepted", import.Stdout, StringComparison.Ordinal);
        Assert.Contains(id, (await store.PredictionLog.ListAsync(new PredictionQuery { MaxResults = 1_000 })).Records.Select(r => r.Id));
        Assert.Contains((id, real), await LabelsAsync(Registered));
    }
}
