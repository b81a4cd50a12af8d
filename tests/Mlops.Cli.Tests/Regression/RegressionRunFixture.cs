using Mlops.Cli.Tests.Support;
using Mlops.Lifecycle;

namespace Mlops.Cli.Tests.Regression;

/// <summary>One regression workspace (LightGBM) on which the whole pipeline has run once (shared by a test class).</summary>
public sealed class RegressionRunFixture : IAsyncLifetime
{
    public Workspace Workspace { get; } = RegressionWorkspace.Create("lightgbm");

    public PipelineRunReport Report { get; private set; } = null!;

    public async Task InitializeAsync() => Report = await RegressionWorkspace.RunAsync(Workspace);

    public Task DisposeAsync()
    {
        Workspace.Dispose();
        return Task.CompletedTask;
    }
}
