namespace Mlops.Core.AbTesting;

/// <summary>
/// A/B tests between versions of a registered model, with an audit trail of every change. Names are unique in a store.
/// At most one test per registered model is running at a time, because a prediction server follows one. Implemented
/// by the SQLite and PostgreSQL backends (same contract tests).
/// </summary>
public interface IAbTestStore
{
    /// <summary>
    /// Records a new running test and its <c>start</c> audit entry. A taken name, or a model that already has a running
    /// test, is <see cref="Errors.ErrorCode.ResourceAlreadyExists"/>; a draft that breaks a rule (fewer than two
    /// variants, duplicate variant names, shares that are negative or do not sum to 1) is
    /// <see cref="Errors.ErrorCode.InvalidParameterValue"/> naming the field.
    /// </summary>
    Task<AbTest> StartAsync(AbTestDraft draft, string actor, CancellationToken ct = default);

    /// <summary>The test named <paramref name="name"/>; a missing one is <see cref="Errors.ErrorCode.ResourceDoesNotExist"/>.</summary>
    Task<AbTest> GetAsync(string name, CancellationToken ct = default);

    /// <summary>The running test of <paramref name="modelName"/>, or null. Prediction servers poll this.</summary>
    Task<AbTest?> FindRunningAsync(string modelName, CancellationToken ct = default);

    /// <summary>All tests (of one model when <paramref name="modelName"/> is set), newest start first.</summary>
    Task<IReadOnlyList<AbTest>> ListAsync(string? modelName = null, CancellationToken ct = default);

    /// <summary>Running → Stopped, with a <c>stop</c> audit entry; any other status is <see cref="Errors.ErrorCode.InvalidState"/>.</summary>
    Task<AbTest> StopAsync(string name, string actor, CancellationToken ct = default);

    /// <summary>
    /// Running or Stopped → Concluded with <paramref name="conclusion"/>, and a <c>conclude</c> audit entry, in one
    /// transaction; a test already concluded is <see cref="Errors.ErrorCode.InvalidState"/>.
    /// </summary>
    Task<AbTest> ConcludeAsync(string name, AbConclusion conclusion, string actor, CancellationToken ct = default);

    /// <summary>The audit trail of the test named <paramref name="name"/>, oldest first.</summary>
    Task<IReadOnlyList<AbAuditEntry>> ListAuditAsync(string name, CancellationToken ct = default);
}
