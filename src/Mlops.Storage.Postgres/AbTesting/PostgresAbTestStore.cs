using Mlops.Storage.Relational.AbTesting;

namespace Mlops.Storage.Postgres.AbTesting;

/// <summary>
/// A/B tests in the PostgreSQL database beside the prediction log (migration 6). Stop and conclude lock the test's row,
/// and a concurrent start waits on the unique indexes, so of two processes starting a test at once one wins.
/// </summary>
public sealed class PostgresAbTestStore(PostgresDatabase database, TimeProvider? timeProvider = null)
    : RelationalAbTestStore(database, timeProvider);
