using Mlops.Storage.Relational.Registry;

namespace Mlops.Storage.Postgres;

/// <summary>
/// Registered models, versions, stages, aliases and tags in PostgreSQL, with MLflow 2.x semantics and the same behaviour
/// and messages as the SQLite backend. Version numbers are allocated under a row lock on the registered model. With an
/// artifact folder, version sources inside it are stored relative to it.
/// </summary>
public sealed class PostgresModelRegistry(PostgresDatabase database, TimeProvider? timeProvider = null, string? artifactRoot = null)
    : RelationalModelRegistry(database, timeProvider, artifactRoot);
