namespace Mlops.Web.Predict;

/// <summary>
/// Scores one row with a registered model version for the predict page. Declared here because the UI may not
/// reference the inference library; the CLI implements it with Inference's loader and input signature, so a bad value
/// gets the same message as on /predict. A host without it registers <see cref="UnavailablePredictor"/>.
/// </summary>
public interface IUiPredictor
{
    /// <summary>False when this host cannot load models (the page then says so instead of showing a form).</summary>
    bool IsAvailable { get; }

    /// <summary>The version's inputs (names, types, ranges, categories), classes and its input example's first row.</summary>
    Task<UiModelInputs> DescribeAsync(string model, int version, CancellationToken ct = default);

    /// <summary>Checks <paramref name="values"/> (input name → text) with the model's signature and scores them.</summary>
    Task<UiPrediction> PredictAsync(string model, int version, IReadOnlyDictionary<string, string> values, CancellationToken ct = default);
}
