using Mlops.Core.Errors;
using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Feedback;

/// <summary>
/// The store's <see cref="LabelCheck"/> for one call: the label must be one of the classes of the prediction's model
/// version, or, for a regression model (no classes), a finite number in invariant notation.
/// </summary>
internal static class ClassCheck
{
    private const int MaxListed = 20;

    public static LabelCheck For(LabelClassResolver resolver)
    {
        // One resolution per model version per call: an import labels thousands of predictions of a few versions.
        var known = new Dictionary<(string?, int?, string), IReadOnlyCollection<string>?>();
        return async (label, origin, ct) =>
        {
            var key = (origin.ModelName, origin.ModelVersion, origin.ModelUri);
            if (!known.TryGetValue(key, out var classes))
            {
                classes = await resolver(origin, ct);
                known[key] = classes;
            }
            if (classes is null)
            {
                return $"the classes of {Describe(origin)} are not known here, so label {ErrorText.Quote(label.Label)} cannot be checked";
            }
            if (classes.Count == 0)
            {
                return NumericLabel.Check(label, Describe(origin));
            }
            if (classes.Contains(label.Label, StringComparer.Ordinal))
            {
                return null;
            }
            var listed = string.Join(", ", classes.Take(MaxListed)) + (classes.Count > MaxListed ? ", …" : "");
            return $"label {ErrorText.Quote(label.Label)} is not one of the classes of {Describe(origin)}: {listed}";
        };
    }

    private static string Describe(PredictionOrigin origin) => origin.ModelName is { } name
        ? $"model '{name}' version {origin.ModelVersion?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"}"
        : $"model '{origin.ModelUri}'";
}
