using System.Text.Json;

namespace Mlops.TrackingServer.Runs;

/// <summary>
/// The distinct metric keys of one request, so a batch of 1,000 points over ten keys allocates ten strings, not
/// 1,000. The last key hit is tried first: batches usually repeat one key or cycle through a few.
/// </summary>
internal struct MetricKeys
{
    private const int Capacity = 32;
    private List<(byte[] Utf8, string Text)>? seen;
    private int last;

    public string? Get(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return null;
        }
        if (reader.HasValueSequence || reader.ValueIsEscaped)
        {
            return reader.GetString();
        }
        var span = reader.ValueSpan;
        seen ??= new List<(byte[], string)>(8);
        for (var n = 0; n < seen.Count; n++)
        {
            var i = (last + n) % seen.Count;
            if (span.SequenceEqual(seen[i].Utf8))
            {
                last = i;
                return seen[i].Text;
            }
        }
        var text = reader.GetString()!;
        if (seen.Count < Capacity)
        {
            seen.Add((span.ToArray(), text));
            last = seen.Count - 1;
        }
        return text;
    }
}
