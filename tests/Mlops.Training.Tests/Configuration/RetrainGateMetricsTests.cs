using Mlops.Training.Configuration;
using Mlops.Training.Evaluation;

namespace Mlops.Training.Tests.Configuration;

public sealed class RetrainGateMetricsTests
{
    [Fact]
    public void Metrics_EveryGateMetric_IsANumberTheEvaluateStageWrites()
    {
        string[] classes = ["a", "b"];
        var metrics = MetricsCalculator.Compute(classes, [0, 1, 1], [0, 1, 0], [0.9f, 0.1f, 0.2f, 0.8f, 0.6f, 0.4f], [[0, 1], [1, 0]]);
        var leakage = new LeakageReport(0.05, 3, 0, 0, 0, 0, 1, 1, 1);
        var document = MetricsDocument.Build(new EvaluationReport(metrics, [], leakage, 1, 42));

        foreach (var name in RetrainGateParams.Metrics)
        {
            Assert.True(document[name] is not null, $"metrics.json has no '{name}'");
            _ = document[name]!.GetValue<double>();
        }
    }
}
