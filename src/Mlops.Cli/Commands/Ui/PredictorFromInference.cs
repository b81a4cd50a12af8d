using System.Collections.Concurrent;
using System.Globalization;
using Mlops.Core.Artifacts;
using Mlops.Core.Errors;
using Mlops.Core.Registry;
using Mlops.Core.Tracking;
using Mlops.Inference.Loading;
using Mlops.Inference.Signatures;
using Mlops.Web.Predict;

namespace Mlops.Cli.Commands.Ui;

/// <summary>
/// The UI's predict form over Inference: a version is loaded once (the same loader as `mlops serve`) and every value
/// is checked by its input signature, so a bad value reads as it does on /predict. A failed load is not cached.
/// </summary>
public sealed class PredictorFromInference(ITrackingStore tracking, IModelRegistry registry, IArtifactStore artifacts) : IUiPredictor
{
    private readonly ModelLoader loader = new(tracking, registry, artifacts);
    private readonly ConcurrentDictionary<(string Model, int Version), Lazy<Task<LoadedVersion>>> loaded = new();

    public bool IsAvailable => true;

    public async Task<UiModelInputs> DescribeAsync(string model, int version, CancellationToken ct = default)
    {
        var v = await LoadAsync(model, version);
        var s = v.Signature;
        var fields = Enumerable.Range(0, s.Count).Select(i => new UiInputField(s.Columns[i], s.Numeric[i], s.Required[i],
            double.IsFinite(s.Min[i]) ? s.Min[i] : null, double.IsFinite(s.Max[i]) ? s.Max[i] : null, s.Categories[i])).ToList();
        return new UiModelInputs(fields, v.Model.Classes, v.Example);
    }

    public async Task<UiPrediction> PredictAsync(string model, int version, IReadOnlyDictionary<string, string> values, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var v = await LoadAsync(model, version);
        var s = v.Signature;
        var parsed = new double[s.Count];
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Count; i++)
        {
            var text = values.GetValueOrDefault(s.Columns[i]) ?? "";
            var error = s.CheckText(i, text, out parsed[i]);
            if (error is null && double.IsNaN(parsed[i]) && s.Required[i])
            {
                error = InputSignature.MissingMessage;
            }
            if (error is not null)
            {
                errors[s.Columns[i]] = error;
            }
        }
        if (errors.Count > 0)
        {
            return UiPrediction.Invalid(errors);
        }
        var probabilities = new float[v.Model.Classes.Count];
        var predicted = v.Model.Classes[v.Model.Predict(parsed, probabilities)];
        return new UiPrediction(predicted, [.. v.Model.Classes.Select((c, i) => KeyValuePair.Create(c, (double)probabilities[i]))],
            v.Model.Metadata.RiskLevels.GetValueOrDefault(predicted), errors);
    }

    private async Task<LoadedVersion> LoadAsync(string model, int version)
    {
        var key = (model, version);
        var lazy = loaded.GetOrAdd(key, k => new Lazy<Task<LoadedVersion>>(() => LoadVersionAsync(k.Model, k.Version)));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            loaded.TryRemove(KeyValuePair.Create(key, lazy));
            throw;
        }
    }

    // Not the request's token: a load shared by concurrent requests must not end because the first one did.
    private async Task<LoadedVersion> LoadVersionAsync(string model, int version)
    {
        var uri = $"models:/{model}/{version.ToString(CultureInfo.InvariantCulture)}";
        var resolved = await loader.ResolveAsync(uri);
        var loadedModel = await loader.LoadAsync(resolved);
        var example = await InputExample.ReadAsync(artifacts, resolved.ArtifactRoot, resolved.ArtifactPath);
        return new LoadedVersion(loadedModel, new InputSignature(loadedModel.Transform), example);
    }

    private sealed record LoadedVersion(LoadedModel Model, InputSignature Signature, IReadOnlyDictionary<string, string> Example);
}
