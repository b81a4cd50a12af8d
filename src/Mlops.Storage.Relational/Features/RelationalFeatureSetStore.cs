using System.Globalization;
using Mlops.Core.Errors;
using Mlops.Core.Features;
using Mlops.Core.Hashing;

namespace Mlops.Storage.Relational.Features;

/// <summary>
/// Feature set versions in the <c>feature_set_*</c> tables of a SQLite or PostgreSQL store. A version and its columns
/// are written in one transaction; the next number is the name's highest plus one, and the unique identity hash keeps
/// a rematerialization with nothing changed on its existing version.
/// </summary>
public sealed partial class RelationalFeatureSetStore(IRelationalDatabase database, TimeProvider? timeProvider = null) : IFeatureSetStore
{
    private readonly IRelationalDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;

    public async Task<FeatureSetRecording> RecordAsync(FeatureSetDraft draft, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        FeatureSetDraftRules.Check(draft);
        var identity = IdentityOf(draft);
        var (version, created) = await database.WriteAsync(async s =>
        {
            // A concurrent recorder of the same name may take the number first: its row is then read back (same
            // identity) or the next number is tried. ON CONFLICT DO NOTHING waits for that writer's commit on PostgreSQL.
            for (var attempt = 0; ; attempt++)
            {
                var existing = await s.ScalarAsync("SELECT version FROM feature_set_versions WHERE name = @name AND identity_hash = @identity;",
                    ct, ("@name", draft.Name), ("@identity", identity));
                if (existing is not null)
                {
                    return (Convert.ToInt32(existing, CultureInfo.InvariantCulture), false);
                }
                var next = Convert.ToInt32(await s.ScalarAsync("SELECT COALESCE(MAX(version), 0) + 1 FROM feature_set_versions WHERE name = @name;",
                    ct, ("@name", draft.Name)), CultureInfo.InvariantCulture);
                if (await InsertVersionAsync(s, draft, next, identity, ct) == 1)
                {
                    for (var i = 0; i < draft.Columns.Count; i++)
                    {
                        await InsertColumnAsync(s, draft.Name, next, i, draft.Columns[i], ct);
                    }
                    return (next, true);
                }
                if (attempt == MaxAttempts)
                {
                    throw new MlopsException(ErrorCode.InvalidState,
                        $"Feature set '{draft.Name}': version {next} was taken {MaxAttempts + 1} times by concurrent writers.");
                }
            }
        }, ct);
        var recorded = await FindAsync(new FeatureSetReference(draft.Name, version), ct)
            ?? throw new MlopsException(ErrorCode.InternalError, $"Feature set {draft.Name}:{version} vanished after it was recorded.");
        return new FeatureSetRecording(recorded, created);
    }

    public Task LinkModelVersionAsync(FeatureSetReference featureSet, FeatureSetModelLink model, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var version = featureSet.Version ?? throw MlopsException.Invalid($"Feature set '{featureSet}': a link needs a version (NAME:VERSION).");
        return database.WriteAsync(async s =>
        {
            var known = await s.ScalarAsync("SELECT 1 FROM feature_set_versions WHERE name = @name AND version = @version;", ct,
                ("@name", featureSet.Name), ("@version", version));
            if (known is null)
            {
                throw MlopsException.NotFound($"Feature set version '{featureSet}' does not exist.");
            }
            return await s.ExecuteAsync(
                """
                INSERT INTO feature_set_models (name, version, model_name, model_version) VALUES (@name, @version, @model, @modelVersion)
                ON CONFLICT DO NOTHING;
                """, ct, ("@name", featureSet.Name), ("@version", version), ("@model", model.ModelName), ("@modelVersion", model.ModelVersion));
        }, ct);
    }

    private const int MaxAttempts = 5;

    private Task<int> InsertVersionAsync(SqlSession s, FeatureSetDraft draft, int version, string identity, CancellationToken ct) =>
        s.ExecuteAsync(
            """
            INSERT INTO feature_set_versions (name, version, identity_hash, transform_hash, source_data_hash, train_rows, test_rows, created_at, run_id)
            VALUES (@name, @version, @identity, @transform, @source, @train, @test, @at, @run) ON CONFLICT DO NOTHING;
            """, ct, ("@name", draft.Name), ("@version", version), ("@identity", identity), ("@transform", draft.TransformHash),
            ("@source", draft.SourceDataHash), ("@train", draft.TrainRows), ("@test", draft.TestRows),
            ("@at", time.GetUtcNow().ToUnixTimeMilliseconds()), ("@run", draft.RunId));

    /// <summary>Same transform, same source data and the same columns (names and kinds, in order): the same version.</summary>
    private static string IdentityOf(FeatureSetDraft draft) =>
        ContentHash.OfText(string.Join('\n', [draft.TransformHash, draft.SourceDataHash, .. draft.Columns.Select(c => $"{c.Name}\t{c.Kind}")]));

    private static Task<int> InsertColumnAsync(SqlSession s, string name, int version, int position, FeatureColumn column, CancellationToken ct)
    {
        var stats = column.Stats;
        return s.ExecuteAsync(
            """
            INSERT INTO feature_set_columns (name, version, position, column_name, kind, value_count, nan_count, min_value, max_value,
                mean_value, std_value, ones_share, percentiles)
            VALUES (@name, @version, @position, @column, @kind, @count, @nans, @min, @max, @mean, @std, @ones, @percentiles);
            """, ct, ("@name", name), ("@version", version), ("@position", position), ("@column", column.Name), ("@kind", column.Kind),
            ("@count", stats.Count), ("@nans", stats.NanCount), ("@min", Finite(stats.Min)), ("@max", Finite(stats.Max)),
            ("@mean", Finite(stats.Mean)), ("@std", Finite(stats.Std)), ("@ones", stats.OnesShare is { } ones ? Finite(ones) : null),
            ("@percentiles", string.Join(' ', stats.Percentiles.Select(p => p.ToString("R", CultureInfo.InvariantCulture)))));
    }

    /// <summary>SQLite keeps NaN as NULL; both backends then read NULL back as NaN.</summary>
    private static object? Finite(double value) => double.IsFinite(value) ? value : null;
}
