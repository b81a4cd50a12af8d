using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Microsoft.Extensions.Time.Testing;

namespace Mlops.Client.Tests.Runs;

public sealed class MlopsClientTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "mlops-client-tests", Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task StartRunAsync_ParamsAndMetricsLogged_SearchRunsFindsThemByFilter()
    {
        using var mlops = Open();
        await using (var run = await mlops.StartRunAsync("client-tests", "good"))
        {
            await run.LogParamsAsync(new Dictionary<string, string> { ["trainer"] = "lightgbm" });
            await run.LogMetricAsync("accuracy", 0.97);
            await run.EndAsync();
        }
        await using (var run = await mlops.StartRunAsync("client-tests", "poor"))
        {
            await run.LogMetricAsync("accuracy", 0.5);
            await run.EndAsync();
        }

        var found = await mlops.SearchRunsAsync("client-tests", "metrics.accuracy > 0.9");

        var only = Assert.Single(found);
        Assert.Equal("good", only.Info.RunName);
        Assert.Equal(RunStatus.Finished, only.Info.Status);
        Assert.Equal("lightgbm", only.Params["trainer"]);
        Assert.Equal(0.97, only.Metrics.Single(m => m.Key == "accuracy").Value);
        Assert.Equal(time.GetUtcNow().ToUnixTimeMilliseconds(), only.Info.StartTime);
    }

    [Fact]
    public async Task StartRunAsync_DisposedWithoutEnd_RunIsFailed()
    {
        using var mlops = Open();
        string runId;
        await using (var run = await mlops.StartRunAsync("client-tests"))
        {
            runId = run.RunId;
        }

        Assert.Equal(RunStatus.Failed, (await mlops.Tracking.GetRunAsync(runId)).Info.Status);
    }

    [Fact]
    public async Task SearchRunsAsync_UnknownExperiment_IsEmpty()
    {
        using var mlops = Open();

        Assert.Empty(await mlops.SearchRunsAsync("never-created"));
    }

    [Fact]
    public async Task RegisterModelAsync_TwoRunsThenAlias_AliasNamesTheSecondVersion()
    {
        using var mlops = Open();
        var first = await FinishedRunAsync(mlops);
        var second = await FinishedRunAsync(mlops);

        var v1 = await mlops.RegisterModelAsync("client_model", first);
        var v2 = await mlops.RegisterModelAsync("client_model", second);
        await mlops.SetAliasAsync("client_model", "champion", v2.Version);

        Assert.Equal((1, 2), (v1.Version, v2.Version));
        var champion = await mlops.Registry.GetModelVersionByAliasAsync("client_model", "champion");
        Assert.Equal(second, champion.RunId);
        Assert.EndsWith("/model", champion.Source);
    }

    [Fact]
    public async Task LoadModelAsync_AliasNotSet_ThrowsNotFound()
    {
        using var mlops = Open();
        await mlops.RegisterModelAsync("client_model", await FinishedRunAsync(mlops));

        var error = await Assert.ThrowsAsync<MlopsException>(() => mlops.LoadModelAsync("models:/client_model@champion"));
        Assert.Equal(ErrorCode.ResourceDoesNotExist, error.Code);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private MlopsClient Open() =>
        MlopsClient.Open($"sqlite:///{Path.Combine(folder, "mlops.db")}", new MlopsClientOptions { Time = time });

    private static async Task<string> FinishedRunAsync(MlopsClient mlops)
    {
        await using var run = await mlops.StartRunAsync("client-tests");
        await run.EndAsync();
        return run.RunId;
    }
}
