using System.Text.Json;
using Mlops.Core.Tracking;
using Mlops.Storage.Sqlite.Schema;

namespace Mlops.Storage.Sqlite;

public sealed partial class SqliteTrackingStore : IRunInputStore
{
    private volatile bool inputsTableReady;

    public override IRunInputStore? RunInputs => this;

    public async Task LogInputsAsync(string runId, IReadOnlyList<DatasetInput> inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        await EnsureInputsTableAsync(ct);
        await database.WriteAsync(async (c, tx) =>
        {
            await RunRows.RequireActiveAsync(new SqlSession(c, tx, SqliteDialect.Instance), runId, ct);
            var next = Convert.ToInt64(await c.ScalarAsync("SELECT COALESCE(MAX(position), -1) + 1 FROM run_inputs WHERE run_id = $id;",
                tx, ct, ("$id", runId)));
            foreach (var input in inputs)
            {
                var d = input.Dataset;
                // A dataset logged again keeps its first position and takes the new tags, as MLflow deduplicates inputs.
                await c.ExecuteAsync(
                    """
                    INSERT INTO run_inputs (run_id, name, digest, source_type, source, schema, profile, tags_json, position)
                    VALUES ($id, $name, $digest, $type, $source, $schema, $profile, $tags, $position)
                    ON CONFLICT (run_id, name, digest) DO UPDATE SET tags_json = excluded.tags_json;
                    """, tx, ct, ("$id", runId), ("$name", d.Name), ("$digest", d.Digest), ("$type", d.SourceType),
                    ("$source", d.Source), ("$schema", d.Schema), ("$profile", d.Profile),
                    ("$tags", JsonSerializer.Serialize(input.Tags)), ("$position", next++));
            }
        }, ct);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DatasetInput>>> GetInputsAsync(IReadOnlyList<string> runIds,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var result = new Dictionary<string, IReadOnlyList<DatasetInput>>();
        if (runIds.Count == 0)
        {
            return result;
        }
        await EnsureInputsTableAsync(ct);
        return await database.ReadAsync<IReadOnlyDictionary<string, IReadOnlyList<DatasetInput>>>(async c =>
        {
            var ids = JsonSerializer.Serialize(runIds.Distinct().ToArray(), Tracking.RunIdsJson.Default.StringArray);
            var rows = await c.QueryAsync(
                """
                SELECT run_id, name, digest, source_type, source, schema, profile, tags_json FROM run_inputs
                WHERE run_id IN (SELECT value FROM json_each($ids)) ORDER BY run_id, position;
                """, null, r => (RunId: r.GetString(0), Input: new DatasetInput(
                    new Dataset(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetNullableString(5), r.GetNullableString(6)),
                    JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(7)) ?? [])), ct, ("$ids", ids));
            foreach (var group in rows.GroupBy(row => row.RunId))
            {
                result[group.Key] = group.Select(row => row.Input).ToList();
            }
            return result;
        }, ct);
    }

    private async Task EnsureInputsTableAsync(CancellationToken ct)
    {
        if (inputsTableReady)
        {
            return;
        }
        await database.WriteAsync((c, tx) => c.ExecuteAsync(RunInputsSchema.Sql, tx, ct), ct);
        inputsTableReady = true;
    }
}
