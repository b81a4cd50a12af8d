using System.Globalization;
using Mlops.Core.Tracking;

namespace Mlops.Storage.Relational.Tracking;

public abstract partial class RelationalTrackingStore
{
    private protected async Task<Experiment?> SelectExperimentAsync(SqlSession s, long id, CancellationToken ct) =>
        (await SelectExperimentsAsync(s, "WHERE experiment_id = @id", ct, ("@id", id))).SingleOrDefault();

    /// <summary>Experiments matching <paramref name="where"/> (over the experiments table) with their tags: two queries in all.</summary>
    private async Task<List<Experiment>> SelectExperimentsAsync(SqlSession s, string where, CancellationToken ct,
        params (string, object?)[] parameters)
    {
        var rows = await s.QueryAsync(
            $"SELECT experiment_id, name, artifact_location, lifecycle_stage, creation_time, last_update_time FROM experiments {where} ORDER BY experiment_id;",
            r => (Id: r.GetInt64(0), Name: r.GetString(1), Location: r.GetString(2), Stage: r.GetString(3),
                Created: r.GetInt64(4), Updated: r.GetInt64(5)), ct, parameters);
        if (rows.Count == 0)
        {
            return [];
        }
        var tags = (await s.QueryAsync(
                $"SELECT experiment_id, key, value FROM experiment_tags WHERE experiment_id IN (SELECT experiment_id FROM experiments {where});",
                r => (Id: r.GetInt64(0), Key: r.GetString(1), Value: r.GetString(2)), ct, parameters))
            .ToLookup(t => t.Id);
        return rows.Select(row => new Experiment(row.Id.ToString(CultureInfo.InvariantCulture), row.Name,
            Paths.FromStored(row.Location), TrackingText.ParseStage(row.Stage), row.Created, row.Updated,
            tags[row.Id].ToDictionary(t => t.Key, t => t.Value))).ToList();
    }

    private protected RunInfo Absolute(RunInfo info) => info with { ArtifactUri = Paths.FromStored(info.ArtifactUri) };
}
