using Mlops.Core.Predictions;

namespace Mlops.Monitoring.Feedback;

/// <summary>
/// The classes a prediction made by <paramref name="origin"/> may be labelled with (the model version's signature), or
/// null when they cannot be found; the label is then rejected.
/// </summary>
public delegate ValueTask<IReadOnlyCollection<string>?> LabelClassResolver(PredictionOrigin origin, CancellationToken ct);
