using System.Buffers;
using System.Text.Json;
using Mlops.Serving.AbTesting;
using Mlops.Serving.Models;

namespace Mlops.Serving.Output;

/// <summary>Writes prediction results with pre-encoded names; the shapes match the DTOs in Apis/Contracts.</summary>
internal static class PredictionJson
{
    private static readonly JsonEncodedText PredictionId = JsonEncodedText.Encode("prediction_id");
    private static readonly JsonEncodedText Prediction = JsonEncodedText.Encode("prediction");
    private static readonly JsonEncodedText Predictions = JsonEncodedText.Encode("predictions");
    private static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText RiskLevel = JsonEncodedText.Encode("risk_level");
    private static readonly JsonEncodedText Probabilities = JsonEncodedText.Encode("probabilities");
    private static readonly JsonEncodedText Model = JsonEncodedText.Encode("model");
    private static readonly JsonEncodedText Summary = JsonEncodedText.Encode("summary");
    private static readonly JsonEncodedText Count = JsonEncodedText.Encode("count");
    private static readonly JsonEncodedText RiskDistribution = JsonEncodedText.Encode("risk_distribution");
    private static readonly JsonEncodedText MeanConfidence = JsonEncodedText.Encode("mean_confidence");
    private static readonly JsonEncodedText MeanPrediction = JsonEncodedText.Encode("mean_prediction");
    private static readonly JsonEncodedText AbTest = JsonEncodedText.Encode("ab_test");
    private static readonly JsonEncodedText Variant = JsonEncodedText.Encode("variant");

    /// <summary>The /predict answer (<see cref="Apis.Contracts.PredictionResponse"/>).</summary>
    public static void WriteSingle(Utf8JsonWriter w, ServedModel m, Guid id, ReadOnlySpan<float> probabilities, int predicted, AbRoute? ab = null)
    {
        w.WriteStartObject();
        WriteResultFields(w, m, id, probabilities, predicted);
        w.WritePropertyName(Model);
        w.WriteRawValue(m.ModelJson, skipInputValidation: true);
        WriteAbFields(w, ab);
        w.WriteEndObject();
    }

    /// <summary>The /predict/batch answer (<see cref="Apis.Contracts.BatchPredictionResponse"/>).</summary>
    /// The result objects are written as bytes by <see cref="BatchRowTemplate"/>: probabilities with at most 7 decimals.
    public static void WriteBatch(ResponseBuffer buffer, ServedModel m, ReadOnlySpan<Guid> ids, ReadOnlySpan<float> probabilities, ReadOnlySpan<int> predicted,
        AbRoute? ab = null)
    {
        var w = buffer.Writer;
        if (m.IsRegression)
        {
            WriteRegressionBatch(w, m, ids, probabilities, ab);
            return;
        }
        var k = m.ClassCount;
        Span<int> risks = stackalloc int[m.EncodedRisk.Length];
        risks.Clear();
        double confidenceSum = 0;
        for (var r = 0; r < predicted.Length; r++)
        {
            if (m.RiskIndex[predicted[r]] is >= 0 and var level)
            {
                risks[level]++;
            }
            confidenceSum += probabilities[r * k + predicted[r]];
        }
        WriteBatchHead(w, m, ab, predicted.Length);
        w.WriteStartObject(RiskDistribution);
        for (var i = 0; i < risks.Length; i++)
        {
            w.WriteNumber(m.EncodedRisk[i], risks[i]);
        }
        w.WriteEndObject();
        w.WriteNumber(MeanConfidence, predicted.Length == 0 ? 0 : confidenceSum / predicted.Length);
        w.WriteEndObject();
        // The writer is done: everything after the summary goes straight into the buffer.
        w.Flush();
        buffer.Buffer.Write(",\"predictions\":["u8);
        m.RowTemplate.WriteRows(buffer.Buffer, ids, probabilities, predicted);
        buffer.Buffer.Write("]}"u8);
    }

    /// <summary>MLflow's answer: {"predictions": [{"prediction": label, "probability_CLASS": p, ...}]}.</summary>
    public static void WriteInvocations(Utf8JsonWriter w, ServedModel m, ReadOnlySpan<float> probabilities, ReadOnlySpan<int> predicted,
        AbRoute? ab = null)
    {
        var k = m.ClassCount;
        w.WriteStartObject();
        w.WriteStartArray(Predictions);
        for (var r = 0; r < predicted.Length && m.IsRegression; r++)
        {
            // MLflow's answer for a regression model: the values themselves.
            w.WriteNumberValue(probabilities[r]);
        }
        for (var r = 0; r < predicted.Length && !m.IsRegression; r++)
        {
            w.WriteStartObject();
            w.WriteString(Prediction, m.EncodedClasses[predicted[r]]);
            for (var c = 0; c < k; c++)
            {
                w.WriteNumber(m.EncodedProbabilityNames[c], probabilities[r * k + c]);
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteAbFields(w, ab);
        w.WriteEndObject();
    }

    /// <summary>"ab_test" and "variant" while an A/B test runs; nothing otherwise (the answer is then as without tests).</summary>
    private static void WriteAbFields(Utf8JsonWriter w, AbRoute? ab)
    {
        if (ab is not null)
        {
            w.WriteString(AbTest, ab.EncodedTest);
            w.WriteString(Variant, ab.EncodedVariant);
        }
    }

    /// <summary>A regression model's /predict/batch answer: the mean value as the summary, then id and value per record.</summary>
    private static void WriteRegressionBatch(Utf8JsonWriter w, ServedModel m, ReadOnlySpan<Guid> ids, ReadOnlySpan<float> values, AbRoute? ab)
    {
        double sum = 0;
        foreach (var v in values[..ids.Length])
        {
            sum += v;
        }
        WriteBatchHead(w, m, ab, ids.Length);
        w.WriteNumber(MeanPrediction, ids.Length == 0 ? 0 : sum / ids.Length);
        w.WriteEndObject();
        w.WriteStartArray(Predictions);
        for (var r = 0; r < ids.Length; r++)
        {
            w.WriteStartObject();
            w.WriteString(PredictionId, ids[r]);
            w.WriteNumber(Prediction, values[r]);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A batch answer up to the summary's count: {"model": ..., [A/B fields,] "summary": {"count": N</summary>
    private static void WriteBatchHead(Utf8JsonWriter w, ServedModel m, AbRoute? ab, int count)
    {
        w.WriteStartObject();
        w.WritePropertyName(Model);
        w.WriteRawValue(m.ModelJson, skipInputValidation: true);
        WriteAbFields(w, ab);
        w.WriteStartObject(Summary);
        w.WriteNumber(Count, count);
    }

    private static void WriteResultFields(Utf8JsonWriter w, ServedModel m, Guid id, ReadOnlySpan<float> probabilities, int predicted)
    {
        w.WriteString(PredictionId, id);
        if (m.IsRegression)
        {
            w.WriteNumber(Prediction, probabilities[0]);
            return;
        }
        w.WriteString(Prediction, m.EncodedClasses[predicted]);
        w.WriteNumber(Confidence, probabilities[predicted]);
        if (m.RiskIndex[predicted] is >= 0 and var level)
        {
            w.WriteString(RiskLevel, m.EncodedRisk[level]);
        }
        else
        {
            w.WriteNull(RiskLevel);
        }
        w.WriteStartObject(Probabilities);
        for (var c = 0; c < m.ClassCount; c++)
        {
            w.WriteNumber(m.EncodedClasses[c], probabilities[c]);
        }
        w.WriteEndObject();
    }
}
