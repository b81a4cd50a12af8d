using Mlops.Lifecycle;
using Mlops.Storage.Sqlite;

namespace Mlops.Cli.Tests.Support;

/// <summary>One workspace on which the whole pipeline has run once with default params (shared by a test class).</summary>
public sealed class GoodRunFixture : IAsyncLifetime
{
    public Workspace Workspace { get; } = Workspace.Create();

    public PipelineRunReport Report { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var store = SqliteStore.Open(Workspace.PathOf("mlruns/mlops.db"), Workspace.PathOf("mlruns/artifacts"));
        Report = await new LifecyclePipeline(store.Tracking, store.Registry, store.Artifacts).RunAsync(new PipelineRunOptions(Workspace.Root));
    }

    public Task DisposeAsync()
    {
        Workspace.Dispose();
        return Task.CompletedTask;
    }
}
