using System.Globalization;
using System.Text.Json;

namespace Mlops.Monitoring.Profiles;

/// <summary>
/// Writes a reference profile as the source-generated context would (snake_case, enums as names, NaN and infinities as
/// named literals) but straight through a <see cref="Utf8JsonWriter"/>: the context's metadata JIT-compiles about 150
/// generic methods over the profile's value types, a cost every pipeline run's evaluate stage paid only to write it.
/// Reading keeps the context. A test checks the bytes against the context's.
/// </summary>
internal static class ReferenceProfileWriter
{
    public static void Write(Stream stream, ReferenceProfile profile)
    {
        using var w = new Utf8JsonWriter(stream);
        w.WriteStartObject();
        w.WriteString("format", profile.Format);
        w.WriteNumber("rows", profile.Rows);
        w.WriteStartArray("features");
        foreach (var feature in profile.Features)
        {
            WriteFeature(w, feature);
        }
        w.WriteEndArray();
        w.WritePropertyName("held_out");
        if (profile.HeldOut is { } heldOut)
        {
            WriteHeldOut(w, heldOut);
        }
        else
        {
            w.WriteNullValue();
        }
        if (profile.Regression is { } regression)
        {
            w.WriteStartObject("regression");
            w.WriteNumber("rows", regression.Rows);
            Number(w, "rmse", regression.Rmse);
            Number(w, "mae", regression.Mae);
            w.WritePropertyName("predicted");
            WriteNumeric(w, regression.Predicted);
            w.WriteEndObject();
        }
        w.WriteEndObject();
    }

    private static void WriteFeature(Utf8JsonWriter w, FeatureProfile feature)
    {
        w.WriteStartObject();
        w.WriteString("name", feature.Name);
        w.WriteString("kind", feature.Kind == FeatureKind.Numeric ? nameof(FeatureKind.Numeric) : nameof(FeatureKind.Categorical));
        w.WriteNumber("rows", feature.Rows);
        w.WritePropertyName("numeric");
        if (feature.Numeric is { } n)
        {
            WriteNumeric(w, n);
        }
        else
        {
            w.WriteNullValue();
        }
        w.WritePropertyName("categories");
        if (feature.Categories is null)
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteStartArray();
            foreach (var category in feature.Categories)
            {
                WriteCategory(w, category);
            }
            w.WriteEndArray();
        }
        w.WriteBoolean("is_numeric", feature.IsNumeric);
        w.WriteEndObject();
    }

    private static void WriteNumeric(Utf8JsonWriter w, NumericSummary n)
    {
        w.WriteStartObject();
        Number(w, "min", n.Min);
        Number(w, "max", n.Max);
        Number(w, "mean", n.Mean);
        Number(w, "std", n.Std);
        Numbers(w, "quantile_levels", n.QuantileLevels);
        Numbers(w, "quantiles", n.Quantiles);
        Numbers(w, "sample", n.Sample);
        w.WriteEndObject();
    }

    private static void WriteCategory(Utf8JsonWriter w, CategoryCount category)
    {
        w.WriteStartObject();
        w.WriteString("value", category.Value);
        w.WriteNumber("count", category.Count);
        w.WriteEndObject();
    }

    private static void WriteHeldOut(Utf8JsonWriter w, HeldOutProfile heldOut)
    {
        w.WriteStartObject();
        w.WriteNumber("rows", heldOut.Rows);
        w.WriteStartArray("classes");
        foreach (var name in heldOut.Classes)
        {
            w.WriteStringValue(name);
        }
        w.WriteEndArray();
        w.WriteStartArray("predicted_counts");
        foreach (var count in heldOut.PredictedCounts)
        {
            w.WriteNumberValue(count);
        }
        w.WriteEndArray();
        w.WriteStartObject("metrics");
        Number(w, "accuracy", heldOut.Metrics.Accuracy);
        Number(w, "macro_f1", heldOut.Metrics.MacroF1);
        w.WriteStartObject("per_class_recall");
        foreach (var (name, recall) in heldOut.Metrics.PerClassRecall)
        {
            Number(w, name, recall);
        }
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteStartObject("calibration");
        Numbers(w, "confidence", heldOut.Calibration.Confidence);
        w.WriteStartArray("correct");
        foreach (var correct in heldOut.Calibration.Correct)
        {
            w.WriteBooleanValue(correct);
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter w, string name, IReadOnlyList<double> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            NumberValue(w, value);
        }
        w.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        NumberValue(w, value);
    }

    private static void NumberValue(Utf8JsonWriter w, double value)
    {
        if (double.IsFinite(value))
        {
            w.WriteNumberValue(value);
        }
        else
        {
            w.WriteStringValue(value.ToString(CultureInfo.InvariantCulture));
        }
    }
}
