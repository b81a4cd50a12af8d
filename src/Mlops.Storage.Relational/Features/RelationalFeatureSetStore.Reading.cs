using System.Data.Common;
using System.Globalization;
using Mlops.Core.Features;

namespace Mlops.Storage.Relational.Features;

public sealed partial class RelationalFeatureSetStore
{
    private const string VersionColumns = "name, version, transform_hash, source_data_hash, train_rows, test_rows, created_at, run_id";

    public Task<IReadOnlyList<FeatureSetVersion>> ListLatestAsync(CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<FeatureSetVersion>>(async s =>
        {
            var heads = await s.QueryAsync(
                $"""
                SELECT {VersionColumns} FROM feature_set_versions v
                WHERE version = (SELECT MAX(version) FROM feature_set_versions w WHERE w.name = v.name) ORDER BY name;
                """, ReadHead, ct);
            var versions = new List<FeatureSetVersion>(heads.Count);
            foreach (var head in heads)
            {
                versions.Add(await CompleteAsync(s, head, ct));
            }
            return versions;
        }, ct);

    public Task<FeatureSetVersion?> FindAsync(FeatureSetReference reference, CancellationToken ct = default) =>
        database.ReadAsync(async s =>
        {
            var version = reference.Version ?? (await s.ScalarAsync("SELECT MAX(version) FROM feature_set_versions WHERE name = @name;", ct,
                ("@name", reference.Name)) is { } latest ? Convert.ToInt32(latest, CultureInfo.InvariantCulture) : 0);
            var head = (await s.QueryAsync($"SELECT {VersionColumns} FROM feature_set_versions WHERE name = @name AND version = @version;",
                ReadHead, ct, ("@name", reference.Name), ("@version", version))).SingleOrDefault();
            return head is null ? null : await CompleteAsync(s, head, ct);
        }, ct);

    private static async Task<FeatureSetVersion> CompleteAsync(SqlSession s, FeatureSetVersion head, CancellationToken ct)
    {
        var columns = await s.QueryAsync(
            """
            SELECT column_name, kind, value_count, nan_count, min_value, max_value, mean_value, std_value, ones_share, percentiles
            FROM feature_set_columns WHERE name = @name AND version = @version ORDER BY position;
            """, ReadColumn, ct, ("@name", head.Name), ("@version", head.Version));
        var models = await s.QueryAsync(
            "SELECT model_name, model_version FROM feature_set_models WHERE name = @name AND version = @version ORDER BY model_name, model_version;",
            r => new FeatureSetModelLink(r.GetString(0), r.GetInt32(1)), ct, ("@name", head.Name), ("@version", head.Version));
        return head with { Columns = columns, Models = models };
    }

    private static FeatureSetVersion ReadHead(DbDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), [], r.GetString(2), r.GetString(3), r.GetInt64(4), r.GetInt64(5),
            DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)), r.GetNullableString(7), []);

    private static FeatureColumn ReadColumn(DbDataReader r)
    {
        var percentiles = r.GetString(9).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => double.Parse(p, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
        var stats = new FeatureColumnStats(r.GetInt64(2), r.GetInt64(3), Real(r, 4), Real(r, 5), Real(r, 6), Real(r, 7), percentiles,
            r.IsDBNull(8) ? null : r.GetDouble(8));
        return new FeatureColumn(r.GetString(0), r.GetString(1), stats);
    }

    private static double Real(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? double.NaN : r.GetDouble(ordinal);
}
