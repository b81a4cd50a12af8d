using Mlops.Storage.ContractTests.MlflowRest.Replay;

namespace Mlops.Storage.ContractTests.MlflowRest;

/// <summary>Health and version replayed against recordings 69 and 70.</summary>
public sealed class ServerInfoReplayTests
{
    private readonly ReplayHandler handler = new();

    [Fact]
    public async Task GetServerVersion_Recorded_ReturnsMlflowVersion()
    {
        handler.Expect("70-version");

        Assert.Equal("2.10.2", await ReplayStore.Open(handler).GetServerVersionAsync());
    }

    [Fact]
    public async Task IsHealthy_RecordedOk_True()
    {
        handler.Expect("69-health");

        Assert.True(await ReplayStore.Open(handler).IsHealthyAsync());
    }

    [Fact]
    public async Task IsHealthy_Unreachable_False()
    {
        var stub = new StubHandler().Fail(new HttpRequestException("refused"));

        Assert.False(await ReplayStore.Open(stub, maxRetries: 0).IsHealthyAsync());
    }
}
