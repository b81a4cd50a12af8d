using System.Buffers;
using System.Text;
using Mlops.Serving.Models;

namespace Mlops.Serving.Output;

/// <summary>
/// The constant parts of one /predict/batch result object, pre-encoded per predicted class, so a row is written as
/// byte copies, a UUID, the confidence (shortest round-trip: full precision) and the probabilities (<see cref="ProbabilityText"/>).
/// </summary>
internal sealed class BatchRowTemplate
{
    private readonly byte[][] _afterId;
    private readonly byte[][] _afterConfidence;
    private readonly byte[][] _beforeProbability;
    private readonly int _maxRowBytes;

    public BatchRowTemplate(ServedModel m)
    {
        var k = m.ClassCount;
        _afterId = new byte[k][];
        _afterConfidence = new byte[k][];
        _beforeProbability = new byte[k][];
        for (var c = 0; c < k; c++)
        {
            _afterId[c] = Bytes("\",\"prediction\":\"", m.EncodedClasses[c].EncodedUtf8Bytes, "\",\"confidence\":");
            _afterConfidence[c] = m.RiskIndex[c] is >= 0 and var level
                ? Bytes(",\"risk_level\":\"", m.EncodedRisk[level].EncodedUtf8Bytes, "\",\"probabilities\":{")
                : Bytes(",\"risk_level\":null", [], ",\"probabilities\":{");
            _beforeProbability[c] = Bytes(c == 0 ? "\"" : ",\"", m.EncodedClasses[c].EncodedUtf8Bytes, "\":");
        }
        _maxRowBytes = 64 + _afterId.Max(b => b.Length) + _afterConfidence.Max(b => b.Length)
            + _beforeProbability.Sum(b => b.Length) + ((k + 1) * ProbabilityText.MaxBytes) + 8;
    }

    /// <summary>Writes the rows as comma-separated objects (no brackets) straight into <paramref name="output"/>.</summary>
    public void WriteRows(IBufferWriter<byte> output, ReadOnlySpan<Guid> ids, ReadOnlySpan<float> probabilities, ReadOnlySpan<int> predicted)
    {
        const int rowsPerSpan = 32;
        var k = _beforeProbability.Length;
        for (var start = 0; start < predicted.Length; start += rowsPerSpan)
        {
            var end = Math.Min(predicted.Length, start + rowsPerSpan);
            var span = output.GetSpan(_maxRowBytes * (end - start));
            var at = 0;
            for (var r = start; r < end; r++)
            {
                if (r > 0)
                {
                    span[at++] = (byte)',';
                }
                var p = probabilities.Slice(r * k, k);
                var c = predicted[r];
                at += Copy("{\"prediction_id\":\""u8, span[at..]);
                ids[r].TryFormat(span[at..], out var written);
                at += written;
                at += Copy(_afterId[c], span[at..]);
                p[c].TryFormat(span[at..], out written, default, System.Globalization.CultureInfo.InvariantCulture);
                at += written;
                at += Copy(_afterConfidence[c], span[at..]);
                for (var j = 0; j < k; j++)
                {
                    at += Copy(_beforeProbability[j], span[at..]);
                    at += ProbabilityText.Write(span[at..], p[j]);
                }
                at += Copy("}}"u8, span[at..]);
            }
            output.Advance(at);
        }
    }

    private static int Copy(ReadOnlySpan<byte> bytes, Span<byte> destination)
    {
        bytes.CopyTo(destination);
        return bytes.Length;
    }

    private static byte[] Bytes(string before, ReadOnlySpan<byte> middle, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];
}
