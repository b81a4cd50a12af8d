namespace Mlops.Storage.Relational.Predictions;

/// <summary>The time a UUIDv7 prediction id carries (RFC 9562: its first 48 bits are Unix milliseconds).</summary>
internal static class PredictionTimes
{
    /// <summary>The Unix milliseconds of <paramref name="id"/>, or null when it is not a version 7 UUID.</summary>
    public static long? FromId(Guid id)
    {
        if (id.Version != 7)
        {
            return null;
        }
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return (long)(System.Buffers.Binary.BinaryPrimitives.ReadUInt64BigEndian(bytes) >> 16);
    }
}
