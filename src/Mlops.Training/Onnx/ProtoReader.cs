using System.Text;
using Mlops.Core.Errors;

namespace Mlops.Training.Onnx;

/// <summary>One field of a protocol-buffer message: its number, the whole encoding (to copy it) and its payload.</summary>
internal readonly record struct ProtoField(int Number, int WireType, ReadOnlyMemory<byte> Encoded, ReadOnlyMemory<byte> Payload, ulong Varint)
{
    public string Text => Encoding.UTF8.GetString(Payload.Span);
}

/// <summary>Splits a protocol-buffer message into its top-level fields, enough to rewrite the converter's ONNX graph.</summary>
internal static class ProtoReader
{
    public static List<ProtoField> Fields(ReadOnlyMemory<byte> message)
    {
        var fields = new List<ProtoField>();
        var span = message.Span;
        var position = 0;
        while (position < span.Length)
        {
            var start = position;
            var tag = ReadVarint(span, ref position);
            var (number, wireType) = ((int)(tag >> 3), (int)(tag & 7));
            ulong varint = 0;
            int payloadStart, payloadLength;
            switch (wireType)
            {
                case 0:
                    payloadStart = position;
                    varint = ReadVarint(span, ref position);
                    payloadLength = position - payloadStart;
                    break;
                case 1 or 5:
                    (payloadStart, payloadLength) = (position, wireType == 1 ? 8 : 4);
                    position += payloadLength;
                    break;
                case 2:
                    payloadLength = checked((int)ReadVarint(span, ref position));
                    payloadStart = position;
                    position += payloadLength;
                    break;
                default:
                    throw Damaged($"wire type {wireType} at byte {start}");
            }
            if (position > span.Length || payloadLength < 0)
            {
                throw Damaged($"field {number} at byte {start} runs past the end");
            }
            fields.Add(new ProtoField(number, wireType, message[start..position], message[payloadStart..(payloadStart + payloadLength)], varint));
        }
        return fields;
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= span.Length)
            {
                throw Damaged("a varint runs past the end");
            }
            var b = span[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
        throw Damaged("a varint is longer than 10 bytes");
    }

    private static MlopsException Damaged(string what) => MlopsException.Invalid($"ONNX model bytes are damaged: {what}");
}
