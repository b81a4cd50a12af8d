using Mlops.Storage.Relational.Coordination;
using Mlops.Storage.Relational.Registry;

namespace Mlops.Storage.Sqlite.Schema;

/// <summary>Continuous training (#14): the alias audit trail and the leases (see <see cref="AliasMovesSchema"/>, <see cref="LeasesSchema"/>).</summary>
internal static class Migration6
{
    public static readonly string Sql =
        AliasMovesSchema.Version1("TEXT", "INTEGER", "INTEGER PRIMARY KEY") + LeasesSchema.Version1("TEXT", "INTEGER");
}
