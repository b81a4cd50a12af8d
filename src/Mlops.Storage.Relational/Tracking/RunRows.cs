using System.Data.Common;
using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Tracking;

namespace Mlops.Storage.Relational.Tracking;

/// <summary>Reading a run's own row (no params, metrics or tags), the same on every relational backend.</summary>
internal static class RunRows
{
    /// <summary>The columns <see cref="Read"/> expects, in order, for a query that names the runs table <c>r</c>.</summary>
    public const string Columns =
        "r.run_id, r.experiment_id, r.run_name, r.status, r.start_time, r.end_time, r.artifact_uri, r.lifecycle_stage";

    public static RunInfo Read(DbDataReader r) => new(
        r.GetString(0),
        r.GetInt64(1).ToString(CultureInfo.InvariantCulture),
        r.GetString(2),
        TrackingText.ParseStatus(r.GetString(3)),
        r.GetInt64(4),
        r.GetNullableInt64(5),
        r.GetString(6),
        TrackingText.ParseStage(r.GetString(7)));

    public static async Task<RunInfo?> SelectAsync(SqlSession s, string runId, CancellationToken ct) =>
        (await s.QueryAsync($"SELECT {Columns} FROM runs r WHERE r.run_id = @id;", Read, ct, ("@id", runId))).SingleOrDefault();

    public static async Task<RunInfo> RequireActiveAsync(SqlSession s, string runId, CancellationToken ct)
    {
        var info = await SelectAsync(s, runId, ct) ?? throw NotFound(runId);
        return info.LifecycleStage == LifecycleStage.Active
            ? info
            : throw MlopsException.Invalid($"The run {runId} must be in the 'active' state. Current state is deleted.");
    }

    public static MlopsException NotFound(string runId) => MlopsException.NotFound($"Run with id={runId} not found");
}
