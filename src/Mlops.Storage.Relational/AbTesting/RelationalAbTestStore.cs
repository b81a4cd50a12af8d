using System.Data.Common;
using Mlops.Core.AbTesting;
using Mlops.Core.Errors;

namespace Mlops.Storage.Relational.AbTesting;

/// <summary>
/// A/B tests and their audit trail in SQL that SQLite and PostgreSQL both run (tables of <see cref="AbTestingSchema"/>);
/// each backend derives from it only to name its database. Starting relies on the unique name and the partial unique
/// index on the running test's model, so a concurrent start loses with <see cref="ErrorCode.ResourceAlreadyExists"/>.
/// </summary>
public abstract partial class RelationalAbTestStore(IRelationalDatabase database, TimeProvider? timeProvider) : IAbTestStore
{
    private const string Columns = "id, definition, status, started_at, stopped_at, conclusion";

    private readonly IRelationalDatabase database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly TimeProvider time = timeProvider ?? TimeProvider.System;

    public Task<AbTest> StartAsync(AbTestDraft draft, string actor, CancellationToken ct = default)
    {
        AbTestDraftRules.Validate(draft);
        RequireActor(actor);
        return database.WriteAsync(async s =>
        {
            var now = Now();
            var test = new AbTest { Id = Guid.CreateVersion7(now).ToString("N"), Definition = draft, Status = AbStatus.Running, StartedAt = now };
            // No conflict target: a taken name and a model's second running test are both refused here, not by an exception.
            var inserted = await s.ExecuteAsync("""
                INSERT INTO ab_tests (id, name, model_name, status, definition, started_at)
                VALUES (@id, @name, @model, @status, @definition, @started)
                ON CONFLICT DO NOTHING;
                """, ct, ("id", test.Id), ("name", draft.Name), ("model", draft.ModelName), ("status", nameof(AbStatus.Running)),
                ("definition", AbTestJson.Write(draft)), ("started", now.ToUnixTimeMilliseconds()));
            if (inserted == 0)
            {
                throw await ConflictAsync(s, draft, ct);
            }
            await AuditAsync(s, test.Id, now, actor, "start", AbAuditText.Started(test), ct);
            return test;
        }, ct);
    }

    public Task<AbTest> GetAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync(async s => await FindAsync(s, name, "", ct) ?? throw NotFound(name), ct);

    public Task<AbTest?> FindRunningAsync(string modelName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(modelName);
        return database.ReadAsync(async s => (await s.QueryAsync(
            $"SELECT {Columns} FROM ab_tests WHERE model_name = @model AND status = @status;", Read, ct,
            ("model", modelName), ("status", nameof(AbStatus.Running)))).SingleOrDefault(), ct);
    }

    public Task<IReadOnlyList<AbTest>> ListAsync(string? modelName = null, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<AbTest>>(async s => await s.QueryAsync(
            $"SELECT {Columns} FROM ab_tests {(modelName is null ? "" : "WHERE model_name = @model")} ORDER BY started_at DESC, id DESC;",
            Read, ct, ("model", modelName)), ct);

    public Task<IReadOnlyList<AbAuditEntry>> ListAuditAsync(string name, CancellationToken ct = default) =>
        database.ReadAsync<IReadOnlyList<AbAuditEntry>>(async s =>
        {
            var test = await FindAsync(s, name, "", ct) ?? throw NotFound(name);
            return await s.QueryAsync("SELECT time, actor, action, detail FROM ab_test_audit WHERE test_id = @id ORDER BY seq;",
                r => new AbAuditEntry(DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(0)), r.GetString(1), r.GetString(2), r.GetString(3)),
                ct, ("id", test.Id));
        }, ct);

    private static async Task<MlopsException> ConflictAsync(SqlSession s, AbTestDraft draft, CancellationToken ct)
    {
        if (await s.ScalarAsync("SELECT 1 FROM ab_tests WHERE name = @name;", ct, ("name", draft.Name)) is not null)
        {
            return MlopsException.Conflict($"An A/B test named '{draft.Name}' already exists; choose another name.");
        }
        var running = await s.ScalarAsync("SELECT name FROM ab_tests WHERE model_name = @model AND status = @status;", ct,
            ("model", draft.ModelName), ("status", nameof(AbStatus.Running)));
        return MlopsException.Conflict($"Model '{draft.ModelName}' already has a running A/B test '{running}'; " +
            "stop or conclude it before starting another.");
    }

    /// <summary>The test named <paramref name="name"/>, its row locked until commit when <paramref name="lockSuffix"/> says so.</summary>
    private static async Task<AbTest?> FindAsync(SqlSession s, string name, string lockSuffix, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(name);
        return (await s.QueryAsync($"SELECT {Columns} FROM ab_tests WHERE name = @name{lockSuffix};", Read, ct, ("name", name)))
            .SingleOrDefault();
    }

    private static AbTest Read(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        Definition = AbTestJson.ReadDraft(r.GetString(1)),
        Status = Enum.Parse<AbStatus>(r.GetString(2)),
        StartedAt = DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(3)),
        StoppedAt = r.GetNullableInt64(4) is { } stopped ? DateTimeOffset.FromUnixTimeMilliseconds(stopped) : null,
        Conclusion = AbTestJson.ReadConclusion(r.GetNullableString(5)),
    };

    private static Task AuditAsync(SqlSession s, string testId, DateTimeOffset at, string actor, string action, string detail,
        CancellationToken ct) =>
        s.ExecuteAsync("""
            INSERT INTO ab_test_audit (test_id, seq, time, actor, action, detail)
            SELECT @id, COALESCE(MAX(seq), 0) + 1, @time, @actor, @action, @detail FROM ab_test_audit WHERE test_id = @id;
            """, ct, ("id", testId), ("time", at.ToUnixTimeMilliseconds()), ("actor", actor), ("action", action), ("detail", detail));

    private static void RequireActor(string actor)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            throw MlopsException.Invalid("actor: a change to an A/B test must name who made it.");
        }
    }

    private static MlopsException NotFound(string name) => MlopsException.NotFound($"A/B test '{name}' does not exist.");

    /// <summary>Now, to the millisecond the tables keep, so what a write returns equals what a read gives back.</summary>
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
}
