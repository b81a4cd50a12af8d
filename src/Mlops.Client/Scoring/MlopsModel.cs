using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;

namespace Mlops.Client.Scoring;

/// <summary>
/// A loaded model version: checks each record against the model's input schema (the same rules and messages as
/// <c>mlops serve</c>), applies the saved feature transform and scores. Thread-safe.
/// </summary>
public sealed class MlopsModel : IDisposable
{
    private readonly LoadedModel model;
    private readonly InputSignature signature;

    internal MlopsModel(LoadedModel model)
    {
        this.model = model;
        signature = new InputSignature(model.Transform);
    }

    /// <summary>The URI the model was loaded by.</summary>
    public string Uri => model.Identity.Uri;

    /// <summary>The registered model's name (null for a <c>runs:/</c> URI).</summary>
    public string? Name => model.Identity.Name;

    /// <summary>The version the URI named at load time (null for a <c>runs:/</c> URI).</summary>
    public int? Version => model.Identity.Version;

    /// <summary>The run that produced the model.</summary>
    public string? RunId => model.Identity.RunId;

    /// <summary>The classes, in the order of <see cref="Prediction.Probabilities"/>.</summary>
    public IReadOnlyList<string> Classes => model.Classes;

    /// <summary>The input fields a record carries, in the model's order.</summary>
    public IReadOnlyList<string> InputColumns => model.InputColumns;

    /// <summary>
    /// Scores one record given as field name → value: numbers (any numeric type, or text for a numeric field),
    /// category names as strings, null or an absent field for a missing value. A bad record throws an
    /// <see cref="Core.Errors.MlopsException"/> naming each field and the rule it breaks.
    /// </summary>
    public Prediction Predict(IReadOnlyDictionary<string, object?> record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Score(RecordValues.Parse(signature, record, Uri));
    }

    /// <summary>
    /// Scores one typed record: its public properties are the fields, matched by name exactly, then ignoring case
    /// ([JsonPropertyName] gives a field name that is not a C# identifier); a dictionary is read as its entries.
    /// </summary>
    public Prediction Predict<TRecord>(TRecord record) where TRecord : notnull =>
        Score(RecordValues.Parse(signature, TypedRecord.Fields(record), Uri));

    /// <summary>Releases the scorer.</summary>
    public void Dispose() => model.Dispose();

    private Prediction Score(double[] values)
    {
        var probabilities = new float[model.Classes.Count];
        var predicted = model.Predict(values, probabilities);
        var byClass = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var c = 0; c < probabilities.Length; c++)
        {
            byClass[model.Classes[c]] = probabilities[c];
        }
        return new Prediction(model.Classes[predicted], byClass);
    }
}
