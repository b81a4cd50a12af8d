using Mlops.Storage.Relational.Features;

namespace Mlops.Storage.Sqlite.Schema;

/// <summary>Versioned feature sets (#17; see <see cref="FeatureSetsSchema"/>).</summary>
internal static class Migration7
{
    public static readonly string Sql = FeatureSetsSchema.Version1("TEXT", "INTEGER", "REAL");
}
