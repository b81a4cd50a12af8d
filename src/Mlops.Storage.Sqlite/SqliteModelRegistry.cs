using Mlops.Storage.Relational.Registry;

namespace Mlops.Storage.Sqlite;

/// <summary>
/// Registered models, versions, stages, aliases and tags in a SQLite file, with MLflow 2.x semantics. With an
/// artifact folder, version sources inside it are stored relative to it so the workspace can move.
/// </summary>
public sealed class SqliteModelRegistry(SqliteDatabase database, TimeProvider? timeProvider = null, string? artifactRoot = null)
    : RelationalModelRegistry(database, timeProvider, artifactRoot);
