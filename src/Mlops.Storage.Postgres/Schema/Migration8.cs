using Mlops.Storage.Relational.Features;

namespace Mlops.Storage.Postgres.Schema;

/// <summary>Versioned feature sets (#17), as in SQLite's migration 7.</summary>
internal static class Migration8
{
    public static readonly string Sql = FeatureSetsSchema.Version1("TEXT COLLATE \"C\"", "BIGINT", "DOUBLE PRECISION");
}
