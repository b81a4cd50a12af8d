using System.Buffers.Binary;
using System.Text;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>Little-endian reads with bounds checks that report a truncated payload as invalid data.</summary>
internal ref struct PayloadReader(ReadOnlySpan<byte> source)
{
    private readonly ReadOnlySpan<byte> source = source;
    private int position;

    public ReadOnlySpan<byte> Bytes(int length)
    {
        if (length < 0 || length > source.Length - position)
        {
            throw new InvalidDataException($"A prediction batch is truncated: {length} byte(s) needed at offset {position} of {source.Length}.");
        }
        var bytes = source.Slice(position, length);
        position += length;
        return bytes;
    }

    public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

    public ushort UInt16() => BinaryPrimitives.ReadUInt16LittleEndian(Bytes(2));

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Bytes(8));

    public string? String()
    {
        var length = Int32();
        return length < 0 ? null : Encoding.UTF8.GetString(Bytes(length));
    }
}
