namespace Mlops.Training.Configuration;

public static partial class ParamsValidator
{
    private static void SliceChecks(PipelineParams p, List<string> errors) => EvaluationSlices.Build(p, errors);

    private static void GuardChecks(RegistryParams r, List<string> errors)
    {
        for (var i = 0; i < r.Guards.Count; i++)
        {
            var guard = r.Guards[i];
            NonEmpty(errors, $"registry.guards[{i}].metric", guard.Metric);
            if (guard.MaxDrop < 0)
            {
                errors.Add($"registry.guards[{i}].max_drop must be >= 0, got {Fmt(guard.MaxDrop)}");
            }
            OneOf(errors, $"registry.guards[{i}].direction", guard.Direction, MetricDirections.Names);
        }
    }
}
