namespace Mlops.Training.Evaluation;

/// <summary>Predicts a class index for each of <paramref name="rows"/> row-major feature rows.</summary>
public delegate void BatchPredictor(float[] features, int rows, int[] predicted);
