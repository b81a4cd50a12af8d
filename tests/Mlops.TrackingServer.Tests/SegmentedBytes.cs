using System.Buffers;

namespace Mlops.TrackingServer.Tests;

/// <summary>Bytes as a multi-segment sequence, the way a request body arrives from the pipe.</summary>
public static class SegmentedBytes
{
    /// <summary>Consecutive segments of <paramref name="size"/> bytes (the last may be shorter).</summary>
    public static ReadOnlySequence<byte> Every(byte[] bytes, int size) =>
        Of([.. Enumerable.Range(0, (bytes.Length + size - 1) / size)
            .Select(i => (ReadOnlyMemory<byte>)bytes.AsMemory(i * size, Math.Min(size, bytes.Length - i * size)))]);

    /// <summary>Segments that end at each of <paramref name="cuts"/> (ascending offsets inside the bytes).</summary>
    public static ReadOnlySequence<byte> CutAt(byte[] bytes, params int[] cuts)
    {
        var edges = cuts.Prepend(0).Append(bytes.Length).ToArray();
        return Of([.. edges.Zip(edges.Skip(1), (from, to) => (ReadOnlyMemory<byte>)bytes.AsMemory(from, to - from))]);
    }

    private static ReadOnlySequence<byte> Of(ReadOnlyMemory<byte>[] parts)
    {
        var first = new Segment(parts[0], 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(part);
        }
        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
