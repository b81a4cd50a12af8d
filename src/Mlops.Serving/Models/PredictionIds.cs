using System.Buffers.Binary;

namespace Mlops.Serving.Models;

/// <summary>
/// UUIDv7 prediction ids (RFC 9562: 48-bit Unix milliseconds, then 74 random bits) from a fast non-cryptographic
/// generator. <see cref="Guid.CreateVersion7()"/> draws every id from the OS's secure generator, about 1.5 µs each
/// here; ids need to be unique and time-ordered, not secret.
/// </summary>
internal static class PredictionIds
{
    public static Guid Next(long unixMilliseconds)
    {
        Span<byte> bytes = stackalloc byte[16];
        Fill(bytes, unixMilliseconds);
        return new Guid(bytes, bigEndian: true);
    }

    public static void Fill(Span<Guid> ids, long unixMilliseconds)
    {
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < ids.Length; i++)
        {
            Fill(bytes, unixMilliseconds);
            ids[i] = new Guid(bytes, bigEndian: true);
        }
    }

    private static void Fill(Span<byte> bytes, long unixMilliseconds)
    {
        var random = Random.Shared;
        BinaryPrimitives.WriteInt64BigEndian(bytes, random.NextInt64());
        BinaryPrimitives.WriteInt64BigEndian(bytes[8..], random.NextInt64());
        // The timestamp's 48 bits overwrite the first six random bytes; then the version and variant bits.
        BinaryPrimitives.WriteInt64BigEndian(bytes, (unixMilliseconds << 16) | (BinaryPrimitives.ReadInt64BigEndian(bytes) & 0xFFFF));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x70);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
    }
}
