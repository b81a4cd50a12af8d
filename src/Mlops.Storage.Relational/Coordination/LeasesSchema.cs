namespace Mlops.Storage.Relational.Coordination;

/// <summary>
/// The leases table both backends create with the alias audit trail (SQLite's migration 6, PostgreSQL's migration 7):
/// one row per name, kept after release so the next acquisition's token is larger. Frozen once shipped.
/// </summary>
public static class LeasesSchema
{
    /// <summary>The DDL with <paramref name="text"/> for names and <paramref name="int64"/> for tokens and times.</summary>
    public static string Version1(string text, string int64) => $"""
        CREATE TABLE leases (
            name {text} PRIMARY KEY,
            holder TEXT NOT NULL,
            token {int64} NOT NULL,
            acquired_at {int64} NOT NULL,
            expires_at {int64} NOT NULL);
        """;
}
