using Mlops.Core.Predictions;

namespace Mlops.Storage.Relational.Predictions;

/// <summary>Where a logged prediction is stored: its batch, its row in it, its time (Unix ms) and the model that made it.</summary>
internal sealed record StoredPredictionRef(long BatchSeq, int Row, long UnixMilliseconds, PredictionOrigin Origin);
