using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.ContinuousTraining;

/// <summary>
/// A workspace after `pipeline run` with <see cref="LoopParams"/>, whose champion was served the drifted training rows
/// with their labels fed back: enough labelled predictions for a retrain to start. Tests work on copies of it.
/// </summary>
public sealed class LabelledLoopFixture : IAsyncLifetime
{
    public const string Model = "obesity_classifier";

    public Workspace Workspace { get; } = Workspace.Create();

    public async Task InitializeAsync()
    {
        LoopParams.Apply(Workspace);
        var run = await CliProcess.RunAsync(Workspace.Root, "pipeline", "run");
        Assert.True(run.ExitCode == 0, run.Output);
        await using var serve = await ServeProcess.StartAsync(Workspace.Root, "--port", "0");
        await LoopTraffic.SendAsync(Workspace, serve.Url, "train", LoopTraffic.SplitRows(Workspace, "train"), feedLabels: true);
        await serve.StopAsync();
    }

    /// <summary>A copy to change, with its own lease length.</summary>
    public Workspace Copy(int leaseSeconds = 120)
    {
        var copy = Workspace.CopyTo();
        LoopParams.Apply(copy, leaseSeconds);
        return copy;
    }

    public Task DisposeAsync()
    {
        Workspace.Dispose();
        return Task.CompletedTask;
    }
}
