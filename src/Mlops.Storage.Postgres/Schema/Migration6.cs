using Mlops.Storage.Relational.AbTesting;

namespace Mlops.Storage.Postgres.Schema;

/// <summary>
/// A/B tests with their audit trail and the A/B columns of the prediction batches, as in the SQLite prediction log's
/// schema version 3 (see <see cref="AbTestingSchema"/>).
/// </summary>
internal static class Migration6
{
    public static readonly string Sql = AbTestingSchema.Version1("TEXT COLLATE \"C\"", "BIGINT");
}
