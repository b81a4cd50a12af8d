using System.Buffers.Binary;
using Mlops.Core.Tracking;

namespace Mlops.Storage.Sqlite.Tracking;

/// <summary>
/// The packed form of a run's points for one key: 24 bytes a point, step and timestamp as little-endian int64 and
/// the value as a little-endian IEEE double (so NaN and infinities round-trip, unlike a SQLite REAL).
/// </summary>
internal static class MetricBlock
{
    public const int PointSize = 24;

    public static void Write(Span<byte> block, int index, Metric metric)
    {
        var point = block.Slice(index * PointSize, PointSize);
        BinaryPrimitives.WriteInt64LittleEndian(point, metric.Step);
        BinaryPrimitives.WriteInt64LittleEndian(point[8..], metric.Timestamp);
        BinaryPrimitives.WriteDoubleLittleEndian(point[16..], metric.Value);
    }

    public static void ReadInto(List<Metric> into, string key, ReadOnlySpan<byte> block)
    {
        for (var offset = 0; offset + PointSize <= block.Length; offset += PointSize)
        {
            var point = block.Slice(offset, PointSize);
            into.Add(new Metric(key, BinaryPrimitives.ReadDoubleLittleEndian(point[16..]),
                BinaryPrimitives.ReadInt64LittleEndian(point[8..]), BinaryPrimitives.ReadInt64LittleEndian(point)));
        }
    }
}
