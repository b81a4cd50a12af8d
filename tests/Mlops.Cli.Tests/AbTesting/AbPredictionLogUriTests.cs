using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>--prediction-log-uri: the tests live beside the prediction log that store names, models still come from the tracking store.</summary>
public sealed class AbPredictionLogUriTests
{
    [Fact]
    public async Task Start_PredictionLogUri_RecordsTheTestInThatStoreOnly()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var log = $"sqlite:///{ws.PathOf("predictions.db")}";

        var start = await AbCli.RunAsync(ws, "start", "--name", "t1", "--model", SeededStore.Model, "--variant", "a=@champion",
            "--variant", "b=@challenger", "--prediction-log-uri", log);
        var there = AbCli.Json(await AbCli.RunAsync(ws, "list", "--json", "--prediction-log-uri", log));
        var here = AbCli.Json(await AbCli.RunAsync(ws, "list", "--json"));

        Assert.True(start.ExitCode == 0, start.Output);
        Assert.Equal("t1", there[0].GetProperty("name").GetString());
        Assert.Equal(0, here.GetArrayLength());
    }
}
