namespace Mlops.Serving.AbTesting;

/// <summary>A multi-row request scored by the variant its unit was assigned to.</summary>
internal sealed record AbBatch(AbRoute Route, Guid[] Ids, long UnixMilliseconds, float[] Probabilities, int[] Predicted);
