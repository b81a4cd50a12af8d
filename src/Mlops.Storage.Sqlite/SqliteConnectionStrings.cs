using Microsoft.Data.Sqlite;

namespace Mlops.Storage.Sqlite;

/// <summary>How every file of the embedded store is opened: read-write, created if missing, with our own pooling.</summary>
internal static class SqliteConnectionStrings
{
    /// <summary>
    /// Pooling is ours (an open connection keeps its pragmas and prepared commands between operations); a busy file is
    /// waited for up to <paramref name="busyTimeoutMs"/>.
    /// </summary>
    public static string ReadWrite(string path, int busyTimeoutMs) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        DefaultTimeout = busyTimeoutMs / 1000,
    }.ToString();
}
