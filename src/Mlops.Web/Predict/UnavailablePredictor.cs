using Mlops.Core.Errors;

namespace Mlops.Web.Predict;

/// <summary>The predictor of a host that cannot load models: the pages hide the form and say why.</summary>
public sealed class UnavailablePredictor : IUiPredictor
{
    public bool IsAvailable => false;

    public Task<UiModelInputs> DescribeAsync(string model, int version, CancellationToken ct = default) =>
        throw MlopsException.Invalid("This host does not load models, so it cannot show their inputs.");

    public Task<UiPrediction> PredictAsync(string model, int version, IReadOnlyDictionary<string, string> values, CancellationToken ct = default) =>
        throw MlopsException.Invalid("This host does not load models, so it cannot score them.");
}
