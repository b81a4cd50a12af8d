using Mlops.Core.Registry;

namespace Mlops.Storage.Relational.Registry;

public abstract partial class RelationalModelRegistry
{
    private static readonly ModelStage[] AllStages = [ModelStage.None, ModelStage.Staging, ModelStage.Production, ModelStage.Archived];

    private static async Task RequireModelAsync(SqlSession s, string name, CancellationToken ct)
    {
        if (await s.ScalarAsync("SELECT 1 FROM registered_models WHERE name = @name;", ct, ("@name", name)) is null)
        {
            throw ModelNotFound(name);
        }
    }

    private async Task<RegisteredModel> ReadModelAsync(SqlSession s, string name, CancellationToken ct)
    {
        var row = (await s.QueryAsync(
            "SELECT name, creation_time, last_updated_time, description FROM registered_models WHERE name = @name;",
            r => (Name: r.GetString(0), Created: r.GetInt64(1), Updated: r.GetInt64(2), Description: r.GetNullableString(3)),
            ct, ("@name", name))).SingleOrDefault();
        if (row.Name is null)
        {
            throw ModelNotFound(name);
        }
        var tags = await s.QueryAsync("SELECT key, value FROM registered_model_tags WHERE name = @name ORDER BY key;",
            r => KeyValuePair.Create(r.GetString(0), r.GetString(1)), ct, ("@name", name));
        var aliases = await s.QueryAsync("SELECT alias, version FROM registered_model_aliases WHERE name = @name ORDER BY alias;",
            r => KeyValuePair.Create(r.GetString(0), r.GetInt32(1)), ct, ("@name", name));
        var latest = await ReadLatestVersionsAsync(s, name, [], ct);
        return new RegisteredModel(row.Name, row.Created, row.Updated, row.Description,
            new Dictionary<string, string>(tags), new Dictionary<string, int>(aliases), latest);
    }

    private async Task<IReadOnlyList<ModelVersion>> ReadLatestVersionsAsync(SqlSession s,
        string name, IReadOnlyList<ModelStage> stages, CancellationToken ct)
    {
        var wanted = (stages.Count == 0 ? AllStages : stages).Select(stage => stage.ToString()).ToHashSet();
        var latest = await ReadVersionsAsync(s,
            """
            WHERE v.name = @name AND v.version = (
                SELECT MAX(o.version) FROM model_versions o WHERE o.name = v.name AND o.current_stage = v.current_stage)
            ORDER BY v.version
            """, ct, ("@name", name));
        return latest.Where(v => wanted.Contains(v.Stage.ToString())).ToList();
    }

    private async Task<ModelVersion> ReadVersionAsync(SqlSession s, string name, int version,
        CancellationToken ct) =>
        (await ReadVersionsAsync(s, "WHERE v.name = @name AND v.version = @version", ct, ("@name", name), ("@version", version)))
        .SingleOrDefault() ?? throw VersionNotFound(name, version);

    private async Task<List<ModelVersion>> ReadVersionsAsync(SqlSession s, string where,
        CancellationToken ct, params (string, object?)[] parameters)
    {
        var rows = await s.QueryAsync(
            $"""
            SELECT v.name, v.version, v.creation_time, v.last_updated_time, v.current_stage, v.description, v.source, v.run_id, v.status
            FROM model_versions v {where};
            """, r => (Name: r.GetString(0), Version: r.GetInt32(1), Created: r.GetInt64(2), Updated: r.GetInt64(3),
                Stage: ModelStages.Parse(r.GetString(4)), Description: r.GetNullableString(5), Source: FromStoredSource(r.GetString(6)),
                RunId: r.GetNullableString(7), Status: r.GetString(8)), ct, parameters);
        var versions = new List<ModelVersion>(rows.Count);
        foreach (var row in rows)
        {
            var key = new[] { ("@name", (object?)row.Name), ("@version", row.Version) };
            var tags = await s.QueryAsync("SELECT key, value FROM model_version_tags WHERE name = @name AND version = @version ORDER BY key;",
                r => KeyValuePair.Create(r.GetString(0), r.GetString(1)), ct, key);
            var aliases = await s.QueryAsync("SELECT alias FROM registered_model_aliases WHERE name = @name AND version = @version ORDER BY alias;",
                r => r.GetString(0), ct, key);
            versions.Add(new ModelVersion(row.Name, row.Version, row.Created, row.Updated, row.Stage, row.Description, row.Source,
                row.RunId, row.Status, new Dictionary<string, string>(tags), aliases));
        }
        return versions;
    }

    private static Task UpsertVersionTagAsync(SqlSession s, string name, int version, string key,
        string value, CancellationToken ct) =>
        s.ExecuteAsync(
            """
            INSERT INTO model_version_tags (name, version, key, value) VALUES (@name, @version, @key, @value)
            ON CONFLICT (name, version, key) DO UPDATE SET value = excluded.value;
            """, ct, ("@name", name), ("@version", version), ("@key", key), ("@value", value));
}
