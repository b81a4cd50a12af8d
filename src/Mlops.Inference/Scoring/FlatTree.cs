namespace Mlops.Inference.Scoring;

/// <summary>One regression tree in ML.NET's layout: node arrays, negative child = ~leaf index.</summary>
internal sealed record FlatTree(int[] SplitFeature, float[] Threshold, int[] Left, int[] Right, double[] LeafValue);
