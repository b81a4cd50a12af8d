using Mlops.Core.Errors;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite;

namespace Mlops.Cli.Tests.Support;

/// <summary>Reads what a workspace's embedded store holds, for assertions.</summary>
public static class StoreProbe
{
    public static SqliteStore Open(Workspace workspace) =>
        SqliteStore.Open(workspace.PathOf("mlruns/mlops.db"), workspace.PathOf("mlruns/artifacts"));

    public static async Task<int> VersionCountAsync(Workspace workspace, string model = "obesity_classifier")
    {
        try
        {
            return (await Open(workspace).Registry.ListModelVersionsAsync(model)).Count;
        }
        catch (MlopsException e) when (e.Code == ErrorCode.ResourceDoesNotExist)
        {
            return 0;
        }
    }

    public static async Task<IReadOnlyList<Run>> RunsAsync(Workspace workspace)
    {
        var store = Open(workspace).Tracking;
        var ids = (await store.ListExperimentsAsync()).Select(e => e.ExperimentId).ToList();
        return (await store.SearchRunsAsync(new RunSearch(ids))).Items;
    }
}
