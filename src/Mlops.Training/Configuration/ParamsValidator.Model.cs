namespace Mlops.Training.Configuration;

public static partial class ParamsValidator
{
    private static void TrainerChecks(ModelParams m, List<string> errors)
    {
        foreach (var trainer in Trainers)
        {
            foreach (var (key, value) in m.HyperparametersOf(trainer))
            {
                // Regularization may be off (0); every count and rate must be positive.
                if (key != "l2_regularization")
                {
                    Positive(errors, $"model.{trainer}.{key}", value);
                }
                else if (value < 0)
                {
                    errors.Add($"model.{trainer}.{key} must be >= 0, got {Fmt(value)}");
                }
            }
        }
        if (m.Lightgbm.Threads < 0)
        {
            errors.Add($"model.lightgbm.threads must be >= 0 (0 = one per 50,000 training rows, at most one per core), got {m.Lightgbm.Threads}");
        }
    }

    private static void CostMatrixChecks(PipelineParams p, List<string> errors)
    {
        var k = p.Schema.TargetClasses.Count;
        var matrix = p.Evaluation.CostMatrix;
        if (matrix.Count != k || matrix.Any(row => row.Count != k))
        {
            var shape = $"{matrix.Count}×{(matrix.Count == 0 ? 0 : matrix.Max(r => r.Count))}";
            errors.Add($"evaluation.cost_matrix must be {k}×{k} (one row and column per schema.target_classes entry), got {shape}");
            return;
        }
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var cost = matrix[i][j];
                if (i == j && cost != 0)
                {
                    errors.Add($"evaluation.cost_matrix[{i}][{j}] is on the diagonal and must be 0, got {Fmt(cost)}");
                }
                else if (cost < 0)
                {
                    errors.Add($"evaluation.cost_matrix[{i}][{j}] must be >= 0, got {Fmt(cost)}");
                }
            }
        }
    }
}
