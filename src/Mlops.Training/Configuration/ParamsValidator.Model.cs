namespace Mlops.Training.Configuration;

public static partial class ParamsValidator
{
    private static void TrainerChecks(ModelParams m, List<string> errors)
    {
        Positive(errors, "model.lightgbm.num_iterations", m.Lightgbm.NumIterations);
        Positive(errors, "model.lightgbm.learning_rate", m.Lightgbm.LearningRate);
        Positive(errors, "model.lightgbm.num_leaves", m.Lightgbm.NumLeaves);
        Positive(errors, "model.lightgbm.min_data_per_leaf", m.Lightgbm.MinDataPerLeaf);
        Positive(errors, "model.fasttree.num_trees", m.Fasttree.NumTrees);
        Positive(errors, "model.fasttree.num_leaves", m.Fasttree.NumLeaves);
        Positive(errors, "model.fasttree.min_data_per_leaf", m.Fasttree.MinDataPerLeaf);
        Positive(errors, "model.fasttree.learning_rate", m.Fasttree.LearningRate);
        Positive(errors, "model.fastforest.num_trees", m.Fastforest.NumTrees);
        Positive(errors, "model.fastforest.num_leaves", m.Fastforest.NumLeaves);
        Positive(errors, "model.fastforest.min_data_per_leaf", m.Fastforest.MinDataPerLeaf);
        Positive(errors, "model.sdca.max_iterations", m.Sdca.MaxIterations);
        Positive(errors, "model.lbfgs.max_iterations", m.Lbfgs.MaxIterations);
        if (m.Sdca.L2Regularization < 0)
        {
            errors.Add($"model.sdca.l2_regularization must be >= 0, got {Fmt(m.Sdca.L2Regularization)}");
        }
        if (m.Lbfgs.L2Regularization < 0)
        {
            errors.Add($"model.lbfgs.l2_regularization must be >= 0, got {Fmt(m.Lbfgs.L2Regularization)}");
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
