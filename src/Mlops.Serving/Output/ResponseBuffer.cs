using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.ObjectPool;

namespace Mlops.Serving.Output;

/// <summary>A reusable buffer and JSON writer for one response; pooled so the hot path allocates neither.</summary>
internal sealed class ResponseBuffer
{
    private const int MaxPooledBytes = 1024 * 1024;

    public ResponseBuffer()
    {
        Buffer = new ArrayBufferWriter<byte>(1024);
        Writer = new Utf8JsonWriter(Buffer, new JsonWriterOptions { SkipValidation = true });
    }

    public ArrayBufferWriter<byte> Buffer { get; }

    public Utf8JsonWriter Writer { get; }

    public void Reset()
    {
        Buffer.ResetWrittenCount();
        Writer.Reset(Buffer);
    }

    /// <summary>Keeps pooled buffers small: one that grew for a large batch is dropped instead of returned.</summary>
    internal sealed class Policy : PooledObjectPolicy<ResponseBuffer>
    {
        public override ResponseBuffer Create() => new();

        public override bool Return(ResponseBuffer obj)
        {
            if (obj.Buffer.Capacity > MaxPooledBytes)
            {
                return false;
            }
            obj.Reset();
            return true;
        }
    }
}
