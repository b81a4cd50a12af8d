namespace Mlops.Core.Predictions;

/// <summary>
/// The model that made a logged prediction, as the log recorded it: <paramref name="LoggedClasses"/> are the classes of
/// that model's signature when it was served.
/// </summary>
public sealed record PredictionOrigin(string? ModelName, int? ModelVersion, string ModelUri, IReadOnlyList<string> LoggedClasses);
