using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>What a loop workspace's store says about the champion, for assertions.</summary>
public static class RetrainProbe
{
    public static async Task<int> ChampionAsync(Workspace ws)
    {
        using var store = StoreProbe.Open(ws);
        return (await store.Registry.GetModelVersionByAliasAsync(LabelledLoopFixture.Model, "champion")).Version;
    }

    /// <summary>Waits until <paramref name="moment"/> (a lease's expiry) plus a second of clock skew, at most <paramref name="bound"/>.</summary>
    public static async Task WaitUntilAsync(DateTimeOffset moment, TimeSpan bound)
    {
        var wait = moment + TimeSpan.FromSeconds(1) - DateTimeOffset.UtcNow;
        Assert.True(wait < bound, $"{moment:O} is more than {bound.TotalSeconds:0} s away");
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }
}
