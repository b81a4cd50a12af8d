namespace Mlops.Storage.Relational;

public static class RelationalDatabaseExtensions
{
    public static Task WriteAsync(this IRelationalDatabase database, Func<SqlSession, Task> work, CancellationToken ct) =>
        database.WriteAsync<bool>(async session =>
        {
            await work(session);
            return true;
        }, ct);
}
