using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Mlops.Core.AbTesting;

/// <summary>
/// Sticky assignment of a unit (a user, a session: whatever key the caller sends) to a variant. The bucket is a pure
/// function of the test id and the unit key, so every replica and every restart gives the same answer with no shared
/// state. SHA-256 because it is in the base library and its output is uniform; its cost (well under a microsecond
/// for short keys) is small beside scoring.
/// </summary>
public static class VariantAssigner
{
    private const int StackLimit = 256;

    /// <summary>
    /// The unit's position in [0, 1): the first 8 bytes of SHA-256 over UTF-8 <c>{testId}:{unitKey}</c>, big-endian,
    /// divided by 2^64.
    /// </summary>
    public static double Bucket(string testId, string unitKey)
    {
        ArgumentNullException.ThrowIfNull(testId);
        ArgumentNullException.ThrowIfNull(unitKey);
        var length = Encoding.UTF8.GetByteCount(testId) + 1 + Encoding.UTF8.GetByteCount(unitKey);
        byte[]? rented = null;
        var input = length <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(testId, input);
            input[written++] = (byte)':';
            written += Encoding.UTF8.GetBytes(unitKey, input[written..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(input[..written], hash);
            return (BinaryPrimitives.ReadUInt64BigEndian(hash) >> 11) * (1.0 / (1UL << 53));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The variant that answers <paramref name="unitKey"/>: in split mode the one whose cumulative share first exceeds the
    /// unit's bucket (variants in the test's order); in shadow mode always the control.
    /// </summary>
    public static AbVariant Assign(AbTest test, string unitKey)
    {
        ArgumentNullException.ThrowIfNull(test);
        if (test.Mode == AbMode.Shadow)
        {
            return test.Control;
        }
        var bucket = Bucket(test.Id, unitKey);
        var cumulative = 0.0;
        foreach (var variant in test.Variants)
        {
            cumulative += variant.Share;
            if (bucket < cumulative)
            {
                return variant;
            }
        }
        // Shares sum to 1 up to rounding: a bucket above the rounded sum belongs to the last variant with a share.
        return test.Variants.Last(v => v.Share > 0);
    }
}
