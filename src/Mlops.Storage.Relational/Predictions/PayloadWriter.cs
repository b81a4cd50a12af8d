using System.Buffers.Binary;
using System.Text;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>Little-endian writes into a span sized in advance.</summary>
internal ref struct PayloadWriter(Span<byte> target)
{
    private readonly Span<byte> target = target;

    public int Position { get; private set; }

    public void Bytes(scoped ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(target[Position..]);
        Position += bytes.Length;
    }

    public void Int32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(target[Position..], value);
        Position += 4;
    }

    /// <summary>Length-prefixed UTF-8; -1 for null.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Int32(-1);
            return;
        }
        var length = Encoding.UTF8.GetBytes(value, target[(Position + 4)..]);
        Int32(length);
        Position += length;
    }
}
