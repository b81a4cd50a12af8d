namespace Mlops.Training.Models;

/// <summary>
/// A growing run of floats kept in fixed-size chunks: unlike a doubling array it never copies while growing, so
/// collecting n values and taking the array costs 2n floats at most.
/// </summary>
internal sealed class FloatChunks
{
    private const int ChunkLength = 1 << 16;
    private readonly List<float[]> chunks = [];
    private int used = ChunkLength;

    public long Count => chunks.Count == 0 ? 0 : (long)(chunks.Count - 1) * ChunkLength + used;

    public void Add(float value)
    {
        if (used == ChunkLength)
        {
            chunks.Add(new float[ChunkLength]);
            used = 0;
        }
        chunks[^1][used++] = value;
    }

    public float[] ToArray()
    {
        var result = new float[Count];
        for (var c = 0; c < chunks.Count; c++)
        {
            var length = c == chunks.Count - 1 ? used : ChunkLength;
            chunks[c].AsSpan(0, length).CopyTo(result.AsSpan(c * ChunkLength));
        }
        return result;
    }
}
