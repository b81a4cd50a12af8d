using Mlops.Training.Configuration;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>A copy of pipeline params with another continuous_training.data section.</summary>
public static class RetrainParams
{
    public static PipelineParams With(PipelineParams p, RetrainDataParams data) => new()
    {
        Data = p.Data, Schema = p.Schema, Validation = p.Validation, Features = p.Features, Split = p.Split, Cv = p.Cv,
        Model = p.Model, Evaluation = p.Evaluation, Tracking = p.Tracking, Registry = p.Registry, Serving = p.Serving,
        Monitoring = p.Monitoring,
        ContinuousTraining = new ContinuousTrainingParams { Data = data },
    };
}
