using Mlops.Storage.Relational.Predictions;

namespace Mlops.Storage.Postgres.Schema;

/// <summary>
/// The true labels of logged predictions, as in the SQLite prediction log's schema version 2: one row per labelled
/// prediction with its batch, model and time (see <see cref="Relational.Predictions.PredictionLabels"/>).
/// </summary>
internal static class Migration5
{
    public static readonly string Sql = PredictionLabelsSchema.Version1("TEXT COLLATE \"C\"", "BIGINT");
}
