using Mlops.Storage.Relational.Registry;

namespace Mlops.Storage.Sqlite;

/// <summary>Registered models, versions, stages, aliases and tags in a SQLite file, with MLflow 2.x semantics.</summary>
public sealed class SqliteModelRegistry(SqliteDatabase database, TimeProvider? timeProvider = null)
    : RelationalModelRegistry(database, timeProvider);
