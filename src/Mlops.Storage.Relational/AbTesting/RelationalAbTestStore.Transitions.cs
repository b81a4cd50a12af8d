using Mlops.Core.AbTesting;
using Mlops.Core.Errors;

namespace Mlops.Storage.Relational.AbTesting;

public abstract partial class RelationalAbTestStore
{
    public Task<AbTest> StopAsync(string name, string actor, CancellationToken ct = default)
    {
        RequireActor(actor);
        return database.WriteAsync(async s =>
        {
            var test = await FindAsync(s, name, s.Dialect.LockRowSuffix, ct) ?? throw NotFound(name);
            if (test.Status != AbStatus.Running)
            {
                throw new MlopsException(ErrorCode.InvalidState, $"A/B test '{name}' is {test.Status}; only a running test can be stopped.");
            }
            var now = Now();
            await s.ExecuteAsync("UPDATE ab_tests SET status = @status, stopped_at = @now WHERE id = @id;", ct,
                ("status", nameof(AbStatus.Stopped)), ("now", now.ToUnixTimeMilliseconds()), ("id", test.Id));
            await AuditAsync(s, test.Id, now, actor, "stop", "stopped before a verdict; traffic is back on the model's alias", ct);
            return test with { Status = AbStatus.Stopped, StoppedAt = now };
        }, ct);
    }

    public Task<AbTest> ConcludeAsync(string name, AbConclusion conclusion, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        RequireActor(actor);
        return database.WriteAsync(async s =>
        {
            var test = await FindAsync(s, name, s.Dialect.LockRowSuffix, ct) ?? throw NotFound(name);
            if (test.Status == AbStatus.Concluded)
            {
                throw new MlopsException(ErrorCode.InvalidState,
                    $"A/B test '{name}' is already concluded ({test.Conclusion?.Verdict}); a test is concluded once.");
            }
            var now = Now();
            var stopped = test.StoppedAt ?? now;
            await s.ExecuteAsync("UPDATE ab_tests SET status = @status, stopped_at = @stopped, conclusion = @conclusion WHERE id = @id;", ct,
                ("status", nameof(AbStatus.Concluded)), ("stopped", stopped.ToUnixTimeMilliseconds()),
                ("conclusion", AbTestJson.Write(conclusion)), ("id", test.Id));
            await AuditAsync(s, test.Id, now, actor, "conclude", AbAuditText.Concluded(conclusion), ct);
            return test with { Status = AbStatus.Concluded, StoppedAt = stopped, Conclusion = conclusion };
        }, ct);
    }
}
