
namespace Mlops.Training.Features;

/// <summary>Row indices of the training and test parts, each in ascending order.</summary>
public sealed record DatasetSplit(int[] Train, int[] Test);
