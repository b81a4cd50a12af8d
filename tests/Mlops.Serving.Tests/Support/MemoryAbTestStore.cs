using System.Collections.Concurrent;
using Mlops.Core.AbTesting;
using Mlops.Core.Errors;

namespace Mlops.Serving.Tests.Support;

/// <summary>
/// An in-memory <see cref="IAbTestStore"/> for server tests (the SQLite and PostgreSQL stores have their own contract
/// tests): enough of the contract for the server, which only calls <see cref="FindRunningAsync"/>.
/// </summary>
public sealed class MemoryAbTestStore : IAbTestStore
{
    private readonly ConcurrentDictionary<string, AbTest> tests = new(StringComparer.Ordinal);

    /// <summary>Calls of <see cref="FindRunningAsync"/> so far.</summary>
    public int Polls => polls;

    private int polls;

    /// <summary>A running split (or shadow) test of the fixture's model between the given versions.</summary>
    public Task<AbTest> StartAsync(string name, AbMode mode, params (string Name, int Version, double Share)[] variants) =>
        StartAsync(new AbTestDraft
        {
            Name = name,
            ModelName = RegisteredModelFixture.ModelName,
            Variants = [.. variants.Select(v => new AbVariant(v.Name, v.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), v.Version, v.Share))],
            Mode = mode,
            BaselineRate = 0.9,
            RequiredPerVariant = 1000,
        }, "test");

    public Task<AbTest> StartAsync(AbTestDraft draft, string actor, CancellationToken ct = default)
    {
        if (tests.Values.Any(t => t.ModelName == draft.ModelName && t.Status == AbStatus.Running))
        {
            throw new MlopsException(ErrorCode.ResourceAlreadyExists, $"model {draft.ModelName} already has a running test");
        }
        var test = new AbTest { Id = Guid.NewGuid().ToString("N"), Definition = draft, Status = AbStatus.Running, StartedAt = DateTimeOffset.UnixEpoch };
        return tests.TryAdd(draft.Name, test)
            ? Task.FromResult(test)
            : throw new MlopsException(ErrorCode.ResourceAlreadyExists, $"test {draft.Name} exists");
    }

    public Task<AbTest> GetAsync(string name, CancellationToken ct = default) =>
        tests.TryGetValue(name, out var test) ? Task.FromResult(test) : throw new MlopsException(ErrorCode.ResourceDoesNotExist, name);

    public Task<AbTest?> FindRunningAsync(string modelName, CancellationToken ct = default)
    {
        Interlocked.Increment(ref polls);
        return Task.FromResult(tests.Values.FirstOrDefault(t => t.ModelName == modelName && t.Status == AbStatus.Running));
    }

    public Task<IReadOnlyList<AbTest>> ListAsync(string? modelName = null, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<AbTest>>([.. tests.Values.Where(t => modelName is null || t.ModelName == modelName)]);

    public async Task<AbTest> StopAsync(string name, string actor, CancellationToken ct = default)
    {
        var stopped = await GetAsync(name, ct) with { Status = AbStatus.Stopped, StoppedAt = DateTimeOffset.UnixEpoch };
        tests[name] = stopped;
        return stopped;
    }

    public async Task<AbTest> ConcludeAsync(string name, AbConclusion conclusion, string actor, CancellationToken ct = default)
    {
        var concluded = await GetAsync(name, ct) with { Status = AbStatus.Concluded, Conclusion = conclusion };
        tests[name] = concluded;
        return concluded;
    }

    public Task<IReadOnlyList<AbAuditEntry>> ListAuditAsync(string name, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<AbAuditEntry>>([]);
}
