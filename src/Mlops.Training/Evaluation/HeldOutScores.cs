namespace Mlops.Training.Evaluation;

/// <summary>The test table as the model scored it: true and predicted class index per row, probabilities row-major (rows × classes).</summary>
public sealed record HeldOutScores(int[] Truth, int[] Predicted, float[] Probabilities);
