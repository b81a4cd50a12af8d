using System.Text.Json;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite.Tracking;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteTrackingStore
{
    private protected override RunSearchSql NewSearchSql() => new SearchSqlBuilder();

    /// <summary>Adds latest metrics, params and tags to run infos in one statement, the run ids passed as one JSON array.</summary>
    private protected override async Task<IReadOnlyList<Run>> LoadRunsAsync(SqlSession s, IReadOnlyList<RunInfo> infos,
        CancellationToken ct)
    {
        var ids = JsonSerializer.Serialize(infos.Select(i => i.RunId).ToArray(), RunIdsJson.Default.StringArray);
        var data = await RunReader.ReadDataAsync(Connection(s), ids, ct);
        return infos.Select(i => data.TryGetValue(i.RunId, out var d)
            ? new Run(i, d.Metrics, d.Params, d.Tags)
            : new Run(i, [], new Dictionary<string, string>(), new Dictionary<string, string>())).ToList();
    }
}
