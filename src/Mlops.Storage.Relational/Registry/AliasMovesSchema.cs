namespace Mlops.Storage.Relational.Registry;

/// <summary>
/// The alias audit trail both backends create (SQLite's migration 6, PostgreSQL's migration 7): one row per change of a
/// registered model's alias, in the order the changes committed. No foreign key to the model: rename and delete move or
/// clear the rows by name, as they do the aliases. Frozen once shipped: a change is a new migration.
/// </summary>
public static class AliasMovesSchema
{
    /// <summary>The DDL with <paramref name="text"/> for names, <paramref name="int64"/> for times and <paramref name="identityKey"/> for the sequence.</summary>
    public static string Version1(string text, string int64, string identityKey) => $"""
        CREATE TABLE registered_model_alias_moves (
            seq {identityKey},
            name {text} NOT NULL,
            alias {text} NOT NULL,
            from_version INTEGER,
            to_version INTEGER,
            actor TEXT NOT NULL,
            reason TEXT NOT NULL,
            at {int64} NOT NULL);
        CREATE INDEX ix_registered_model_alias_moves_name ON registered_model_alias_moves (name, alias, seq);
        """;
}
