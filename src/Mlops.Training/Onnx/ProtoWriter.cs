using System.Buffers.Binary;
using System.Text;

namespace Mlops.Training.Onnx;

/// <summary>
/// The few protocol-buffer encodings an ONNX model needs (varints, length-delimited fields, fixed floats). The
/// converter's message types are internal to ML.NET, so the exporter writes the wire format itself.
/// </summary>
internal sealed class ProtoWriter
{
    private enum WireType { Varint = 0, LengthDelimited = 2, Fixed32 = 5 }

    private readonly MemoryStream _buffer = new();

    public byte[] ToArray() => _buffer.ToArray();

    public void Int64(int field, long value)
    {
        Tag(field, WireType.Varint);
        WriteVarint(unchecked((ulong)value));
    }

    public void Float(int field, float value)
    {
        Tag(field, WireType.Fixed32);
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
        _buffer.Write(bytes);
    }

    public void String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public void Bytes(int field, ReadOnlySpan<byte> value)
    {
        Tag(field, WireType.LengthDelimited);
        WriteVarint((ulong)value.Length);
        _buffer.Write(value);
    }

    /// <summary>A nested message, written by <paramref name="body"/>.</summary>
    public void Message(int field, Action<ProtoWriter> body)
    {
        var nested = new ProtoWriter();
        body(nested);
        Bytes(field, nested._buffer.GetBuffer().AsSpan(0, (int)nested._buffer.Length));
    }

    /// <summary>A field copied as it was read (tag included), from <see cref="ProtoReader"/>.</summary>
    public void Raw(ReadOnlySpan<byte> encodedField) => _buffer.Write(encodedField);

    public void PackedInt64(int field, IEnumerable<long> values)
    {
        var nested = new ProtoWriter();
        foreach (var value in values)
        {
            nested.WriteVarint(unchecked((ulong)value));
        }
        Bytes(field, nested.ToArray());
    }

    public void PackedDoubles(int field, IReadOnlyList<double> values) =>
        Bytes(field, Fixed(values, 8, (span, value) => BinaryPrimitives.WriteDoubleLittleEndian(span, value)));

    public void PackedFloats(int field, IReadOnlyList<float> values) =>
        Bytes(field, Fixed(values, 4, (span, value) => BinaryPrimitives.WriteSingleLittleEndian(span, value)));

    /// <summary>Fixed-width little-endian values back to back: a packed repeated float or double field's payload.</summary>
    private static byte[] Fixed<T>(IReadOnlyList<T> values, int width, Action<Span<byte>, T> write)
    {
        var bytes = new byte[values.Count * width];
        for (var i = 0; i < values.Count; i++)
        {
            write(bytes.AsSpan(i * width, width), values[i]);
        }
        return bytes;
    }

    private void Tag(int field, WireType wireType) => WriteVarint(((ulong)field << 3) | (uint)wireType);

    private void WriteVarint(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        _buffer.WriteByte((byte)value);
    }
}
