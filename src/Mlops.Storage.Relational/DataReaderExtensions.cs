using System.Data.Common;

namespace Mlops.Storage.Relational;

public static class DataReaderExtensions
{
    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? GetNullableInt64(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>Maps every remaining row, in order: the one read loop of the SQL stores, typed by the backend's reader.</summary>
    public static async Task<List<T>> ReadAllAsync<TReader, T>(this TReader reader, Func<TReader, T> map, CancellationToken ct)
        where TReader : DbDataReader
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }
        return rows;
    }
}
