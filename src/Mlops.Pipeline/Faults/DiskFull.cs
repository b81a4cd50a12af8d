using System.Data.Common;

namespace Mlops.Pipeline.Faults;

/// <summary>Recognises a full disk in an exception chain, whatever library wrapped it.</summary>
public static class DiskFull
{
    // ENOSPC is 28 on Linux and macOS; .NET carries the errno as the HResult there.
    private const int UnixNoSpace = 28;
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    // PostgreSQL's disk_full SQLSTATE; SQLite's SQLITE_FULL has a fixed text but no code outside its provider's type.
    private const string PostgresDiskFull = "53100";
    private const string SqliteFullText = "database or disk is full";

    /// <summary>
    /// The exception that reports a full disk (an IOException, or a database's "disk full" error), or null when the
    /// failure is something else.
    /// </summary>
    public static Exception? Find(Exception? error)
    {
        for (var depth = 0; error is not null && depth < 16; depth++)
        {
            if (error is IOException io && IsDiskFull(io.HResult)
                || error is DbException { SqlState: PostgresDiskFull }
                || error is DbException db && db.Message.Contains(SqliteFullText, StringComparison.OrdinalIgnoreCase))
            {
                return error;
            }
            if (error is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                var inner = aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null);
                if (inner is not null)
                {
                    return inner;
                }
            }
            error = error.InnerException;
        }
        return null;
    }

    private static bool IsDiskFull(int hresult) =>
        hresult is UnixNoSpace or WindowsHandleDiskFull or WindowsDiskFull;
}
