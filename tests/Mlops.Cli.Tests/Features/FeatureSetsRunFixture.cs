using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Features;

/// <summary>A workspace where `pipeline run` recorded full:1, then the features stage alone recorded habits_only:1.</summary>
public sealed class FeatureSetsRunFixture : IAsyncLifetime
{
    public Workspace Workspace { get; } = Workspace.Create();

    /// <summary>What the two pipeline runs printed.</summary>
    public (string Full, string HabitsOnly) Printed { get; private set; }

    public async Task InitializeAsync()
    {
        var full = await RunAsync("pipeline", "run");
        Assert.True(full.ExitCode == 0, full.Output);
        var habits = await RunAsync("pipeline", "run", "--stage", "features", "--set", "features.set=habits_only");
        Assert.True(habits.ExitCode == 0, habits.Output);
        Printed = (full.Stdout, habits.Stdout);
    }

    public Task<CliProcess.Result> RunAsync(params string[] args) =>
        CliProcess.RunAsync(Workspace.Root, [.. args, "--tracking-uri", Workspace.TrackingUri]);

    public Task DisposeAsync()
    {
        Workspace.Dispose();
        return Task.CompletedTask;
    }
}
