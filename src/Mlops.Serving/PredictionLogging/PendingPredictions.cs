using Mlops.Serving.Models;

namespace Mlops.Serving.PredictionLogging;

/// <summary>One request's predictions waiting for the log, kept in parsed form: formatting happens on the writer's thread.</summary>
internal sealed record PendingPredictions(
    ServedModel Model,
    Guid[] Ids,
    long UnixMilliseconds,
    double[] Inputs,
    float[] Probabilities,
    int[] Predicted,
    double LatencyMs)
{
    public int Rows => Ids.Length;
}
