using System.Text;
using System.Text.Json;
using Mlops.Core.Predictions;
using Mlops.Inference.Features;
using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;

namespace Mlops.Serving.Models;

/// <summary>
/// A loaded model plus everything the hot path needs precomputed once: UTF-8 field and category names, ranges,
/// encoded class names and risk levels (from the package), so that a request allocates nothing but its response.
/// </summary>
public sealed class ServedModel
{
    public ServedModel(LoadedModel model)
    {
        Model = model;
        Signature = new InputSignature(model.Transform);
        var schema = model.Transform.InputSchema;
        var count = schema.Count;
        Columns = [.. Signature.Columns];
        ColumnNames = [.. schema.Select(c => Encoding.UTF8.GetBytes(c.Name))];
        EncodedColumns = [.. schema.Select(c => JsonEncodedText.Encode(c.Name))];
        Numeric = [.. Signature.Numeric];
        Required = [.. Signature.Required];
        Min = [.. Signature.Min];
        Max = [.. Signature.Max];
        Categories = [.. Signature.Categories];
        CategoryNames = [.. Signature.Categories.Select(c => c.Select(Encoding.UTF8.GetBytes).ToArray())];
        Classes = [.. model.Classes];
        EncodedClasses = [.. model.Classes.Select(c => JsonEncodedText.Encode(c))];
        EncodedProbabilityNames = [.. model.Classes.Select(c => JsonEncodedText.Encode("probability_" + c))];
        // Levels in the order the package's mapping first names them; a class without one has index -1 (no risk level).
        var levels = model.Metadata.RiskLevels;
        RiskLevels = [.. levels.Values.Distinct(StringComparer.Ordinal)];
        RiskIndex = [.. model.Classes.Select(c => levels.TryGetValue(c, out var level) ? Array.IndexOf(RiskLevels, level) : -1)];
        EncodedRisk = [.. RiskLevels.Select(r => JsonEncodedText.Encode(r))];
        var id = model.Identity;
        Label = id.Name is null ? id.Uri : $"{id.Name} v{id.Version}";
        InputCount = count;
        LogSchema = new PredictionSchema(id.Name, id.Version, id.Uri,
            [.. schema.Select((c, i) => new PredictionInput(c.Name, c.IsNumeric ? null : Categories[i]))], Classes);
        ModelJson = WriteModelJson(id);
    }

    public LoadedModel Model { get; }
    public ResolvedModel Identity => Model.Identity;
    public FeatureTransform Transform => Model.Transform;
    /// <summary>The input rules every body format is checked against; the readers below are fast paths to the same rules.</summary>
    public InputSignature Signature { get; }
    public string Label { get; }
    public int InputCount { get; }
    public int ClassCount => Classes.Length;
    /// <summary>True when the model predicts a number (no classes): one value per row where probabilities go.</summary>
    public bool IsRegression => Model.IsRegression;
    /// <summary>Values per scored row in the probability buffers: <see cref="ClassCount"/>, or 1 for a regression model.</summary>
    public int OutputWidth => Model.OutputWidth;

    internal string[] Columns { get; }
    internal byte[][] ColumnNames { get; }
    internal JsonEncodedText[] EncodedColumns { get; }
    internal bool[] Numeric { get; }
    internal bool[] Required { get; }
    internal double[] Min { get; }
    internal double[] Max { get; }
    internal string[][] Categories { get; }
    internal byte[][][] CategoryNames { get; }
    internal string[] Classes { get; }
    internal JsonEncodedText[] EncodedClasses { get; }
    internal JsonEncodedText[] EncodedProbabilityNames { get; }
    /// <summary>The distinct risk levels of the model's classes; empty when the package maps none.</summary>
    internal string[] RiskLevels { get; }
    /// <summary>Per class, its level's position in <see cref="RiskLevels"/>, or -1 when the class has none.</summary>
    internal int[] RiskIndex { get; }
    internal JsonEncodedText[] EncodedRisk { get; }

    /// <summary>Per-class counters, set by <see cref="Metrics.ServingMetrics"/> before the model is swapped in.</summary>
    internal Prometheus.Counter.Child[] PredictionCounters { get; set; } = [];

    /// <summary>The shape of this model's rows in the prediction log; one instance, so the queue can tell models apart by reference.</summary>
    internal PredictionSchema LogSchema { get; }

    /// <summary>{"name":...,"version":...,"alias":...,"uri":...}, written verbatim into every response.</summary>
    internal byte[] ModelJson { get; }

    /// <summary>Pre-encoded parts of a /predict/batch result; built on first use (a race only builds it twice).</summary>
    internal Output.BatchRowTemplate RowTemplate => _rowTemplate ??= new Output.BatchRowTemplate(this);

    private Output.BatchRowTemplate? _rowTemplate;

    /// <summary>
    /// The input column whose UTF-8 name the reader is positioned on, or -1. Records usually list the fields in one
    /// order, so <paramref name="expected"/> (the column after the previous one) is tried first.
    /// </summary>
    internal int FindColumn(ref Utf8JsonReader reader, int expected) => !reader.ValueIsEscaped && !reader.HasValueSequence
        ? FindColumn(reader.ValueSpan, expected)
        // An escaped or split name is rare enough that its unescaped copy costs nothing that matters.
        : FindColumn(Encoding.UTF8.GetBytes(reader.GetString()!), expected);

    /// <summary>The input column named by these UTF-8 bytes (unescaped), or -1; <paramref name="expected"/> is tried first.</summary>
    internal int FindColumn(ReadOnlySpan<byte> utf8Name, int expected)
    {
        var names = ColumnNames;
        if ((uint)expected < (uint)names.Length && utf8Name.SequenceEqual(names[expected]))
        {
            return expected;
        }
        for (var i = 0; i < names.Length; i++)
        {
            if (utf8Name.SequenceEqual(names[i]))
            {
                return i;
            }
        }
        return -1;
    }

    internal int FindColumn(string name) => Array.IndexOf(Columns, name);

    // Written directly rather than through the serializer: its first use costs start-up time (JIT of generic metadata).
    private static byte[] WriteModelJson(ResolvedModel id)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("name"u8, id.Name);
            if (id.Version is { } version)
            {
                w.WriteNumber("version"u8, version);
            }
            else
            {
                w.WriteNull("version"u8);
            }
            w.WriteString("alias"u8, id.Alias);
            w.WriteString("uri"u8, id.Uri);
            w.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
