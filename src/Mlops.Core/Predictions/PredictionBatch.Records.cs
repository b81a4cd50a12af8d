using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Json;

namespace Mlops.Core.Predictions;

public sealed partial class PredictionBatch
{
    /// <summary>The rows as records, built one at a time when read (inputs and probabilities as JSON objects).</summary>
    public IReadOnlyList<PredictionRecord> AsRecords() => new RecordView(this);

    /// <summary>Row <paramref name="row"/> as a <see cref="PredictionRecord"/>.</summary>
    public PredictionRecord ToRecord(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        var k = ClassCount;
        var p = predicted[row];
        var buffer = new ArrayBufferWriter<byte>(512);
        if (IsRegression)
        {
            return RegressionRecord(row, buffer);
        }
        return new PredictionRecord(
            ids[row].ToString(),
            DateTimeOffset.FromUnixTimeMilliseconds(times[row]),
            Schema.ModelName,
            Schema.ModelVersion,
            Schema.ModelUri,
            InputsJson(inputs.AsSpan(row * InputCount, InputCount), buffer),
            (uint)p < (uint)k ? Schema.Classes[p] : p.ToString(System.Globalization.CultureInfo.InvariantCulture),
            (uint)p < (uint)k ? probabilities[row * k + p] : double.NaN,
            ProbabilitiesJson(probabilities.AsSpan(row * k, k), buffer),
            latencies[row])
        {
            Assignment = Schema.Assignment,
        };
    }

    private PredictionRecord RegressionRecord(int row, ArrayBufferWriter<byte> buffer)
    {
        var value = PredictedValue(row);
        return new PredictionRecord(ids[row].ToString(), DateTimeOffset.FromUnixTimeMilliseconds(times[row]), Schema.ModelName,
            Schema.ModelVersion, Schema.ModelUri, InputsJson(inputs.AsSpan(row * InputCount, InputCount), buffer),
            value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), double.NaN, "{}", latencies[row])
        {
            Assignment = Schema.Assignment,
            Value = double.IsFinite(value) ? value : null,
        };
    }

    /// <summary>
    /// The value a regression model predicted for row <paramref name="row"/>, as the double its shortest text reads as
    /// (12.3, not the float's 12.300000190734863), so a record and a columnar reader see the same number; NaN for a classifier.
    /// </summary>
    public double PredictedValue(int row)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(row);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(row, Count);
        if (!IsRegression)
        {
            return double.NaN;
        }
        var value = probabilities[row];
        return float.IsFinite(value)
            ? double.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture)
            : double.NaN;
    }

    private string InputsJson(ReadOnlySpan<double> values, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            for (var i = 0; i < values.Length; i++)
            {
                var input = Schema.Inputs[i];
                var v = values[i];
                if (!double.IsFinite(v))
                {
                    w.WriteNull(input.Name);
                }
                else if (input.Categories is { } categories)
                {
                    var index = (int)v;
                    if (index >= 0 && index < categories.Count)
                    {
                        w.WriteString(input.Name, categories[index]);
                    }
                    else
                    {
                        w.WriteNull(input.Name);
                    }
                }
                else
                {
                    w.WriteNumber(input.Name, v);
                }
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private string ProbabilitiesJson(ReadOnlySpan<float> values, ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            for (var c = 0; c < values.Length; c++)
            {
                if (float.IsFinite(values[c]))
                {
                    w.WriteNumber(Schema.Classes[c], values[c]);
                }
                else
                {
                    w.WriteNull(Schema.Classes[c]);
                }
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private sealed class RecordView(PredictionBatch batch) : IReadOnlyList<PredictionRecord>
    {
        public PredictionRecord this[int index] => batch.ToRecord(index);

        public int Count => batch.Count;

        public IEnumerator<PredictionRecord> GetEnumerator()
        {
            for (var i = 0; i < batch.Count; i++)
            {
                yield return batch.ToRecord(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
