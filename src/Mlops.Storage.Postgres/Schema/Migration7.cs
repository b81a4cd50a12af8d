using Mlops.Storage.Relational.Coordination;
using Mlops.Storage.Relational.Registry;

namespace Mlops.Storage.Postgres.Schema;

/// <summary>Continuous training (#14): the alias audit trail and the leases, as in SQLite's migration 6.</summary>
internal static class Migration7
{
    public static readonly string Sql =
        AliasMovesSchema.Version1("TEXT COLLATE \"C\"", "BIGINT", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
        + LeasesSchema.Version1("TEXT COLLATE \"C\"", "BIGINT");
}
