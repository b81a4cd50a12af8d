using Mlops.Cli.Tests.Init;
using Mlops.Cli.Tests.Support;
using Mlops.Storage.Sqlite;
using Mlops.Training.Tests.Regression;

namespace Mlops.Cli.Tests.Regression;

/// <summary>
/// The generated regression table through `mlops init --task regression` and `mlops pipeline run`, unedited, once per
/// test class: the registered model is <see cref="RegressionTable.ModelName"/> version 1.
/// </summary>
public sealed class InitRegressionRunFixture : IAsyncLifetime
{
    private readonly InitFolder folder = new();

    public string Project => folder.PathOf("project");

    public SqliteStore OpenStore() => SqliteStore.Open(Path.Combine(Project, "mlruns", "mlops.db"), Path.Combine(Project, "mlruns", "artifacts"));

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(folder.PathOf("generated.csv"), RegressionTable.Csv());
        var init = await CliProcess.RunAsync(folder.Root, "init", "--data", "generated.csv", "--target", RegressionTable.Target,
            "--task", "regression", "--name", RegressionTable.ModelName, "project");
        Assert.True(init.ExitCode == 0, init.Output);
        var run = await CliProcess.RunAsync(Project, "pipeline", "run");
        Assert.True(run.ExitCode == 0, init.Output + run.Output);
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
