using Mlops.Storage.Relational.AbTesting;
using Mlops.Storage.Sqlite.Predictions;

namespace Mlops.Storage.Sqlite.AbTesting;

/// <summary>
/// A/B tests in the prediction log's own file, beside the predictions they analyse, so `--prediction-log-uri` moves
/// both together. Writes are IMMEDIATE transactions, so starts from several processes take turns on the file.
/// </summary>
public sealed class SqliteAbTestStore : RelationalAbTestStore
{
    public SqliteAbTestStore(SqlitePredictionLog log, TimeProvider? timeProvider = null)
        : base(new PredictionLogDatabase(log ?? throw new ArgumentNullException(nameof(log))), timeProvider)
    {
    }
}
