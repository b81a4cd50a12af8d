using Mlops.Lifecycle.Profiling;
using Mlops.Lifecycle.Tracking;
using Mlops.Monitoring.Profiles;
using Mlops.Pipeline.Running;
using Mlops.Training.Data;
using Mlops.Training.Evaluation;
using Mlops.Training.Evaluation.Regression;
using Mlops.Training.Features;
using Mlops.Training.Models;

namespace Mlops.Lifecycle.Stages;

/// <summary>The executors of pipeline.yaml's stages: thin adapters from a stage context to the training code.</summary>
public static class LifecycleStages
{
    public static IReadOnlyDictionary<string, Func<StageContext, CancellationToken, Task>> Create(PipelineSession session, RunLineage lineage)
    {
        var p = session.Params;
        var paths = new StagePaths(p);
        var register = new RegisterStage(session, paths, lineage);
        return new Dictionary<string, Func<StageContext, CancellationToken, Task>>
        {
            ["preprocess"] = (ctx, _) => Run(() => Preprocessor.Run(p, ctx.InputPath(paths.Raw), ctx.OutputPath(paths.Clean),
                ctx.OutputPath(paths.Quarantine), ctx.OutputPath(paths.DataQuality))),
            ["features"] = (ctx, ct) =>
            {
                var result = FeatureStage.Run(p, ctx.InputPath(paths.Clean), ctx.OutputPath(paths.TrainTable),
                    ctx.OutputPath(paths.TestTable), ctx.OutputPath(paths.Transform));
                // Summarizing the columns and writing the version take the other core while validate_features runs.
                session.RecordFeatureSetBehind(ctx.Stage.Name, () => FeatureSetRecorder.RecordAsync(session, result, ctx.InputPath(paths.Clean), ct));
                return Task.CompletedTask;
            },
            ["validate_features"] = new ValidateFeaturesStage(session, paths).RunAsync,
            ["train"] = (ctx, ct) =>
            {
                // Below 50,000 rows LightGBM trains on one thread (model.lightgbm.threads: 0): Skia and the font load on the
                // other core meanwhile, so the evaluate stage's plots do not wait for them. A failure shows when evaluate plots.
                _ = Task.Run(EvaluationPlots.WarmUp, CancellationToken.None);
                return Run(() => TrainStage.Run(p, ctx.InputPath(paths.TrainTable), ctx.OutputPath(paths.Model),
                    ctx.OutputPath(paths.TrainReport), ctx.OutputPath(paths.CompiledTrees),
                    (ctx.InputPath(paths.Transform), ctx.OutputPath(paths.Onnx))));
            },
            ["evaluate"] = async (ctx, _) =>
            {
                // clean.csv is read once, for the slices and the training rows' profiles; those need no model, so they are
                // built on the other core while the evaluation scores.
                var clean = Task.Run(() => CleanTable.Read(p, ctx.InputPath(paths.Clean)));
                var inputs = Task.Run(async () => ReferenceProfiler.TrainingInputs(p, await clean));
                if (p.Schema.IsRegression)
                {
                    var evaluation = RegressionEvaluateStage.Run(p, ctx.InputPath(paths.Model), ctx.InputPath(paths.TrainTable),
                        ctx.InputPath(paths.TestTable), ctx.OutputPath(paths.Metrics), ctx.OutputPath(paths.Figures), ctx.InputPath(paths.CompiledTrees));
                    ReferenceProfileFile.Write(ctx.OutputPath(paths.ReferenceProfile), ReferenceProfiler.BuildRegression(await inputs, evaluation));
                    return;
                }
                var report = EvaluateStage.Run(p, ctx.InputPath(paths.Model), ctx.InputPath(paths.TrainTable), ctx.InputPath(paths.TestTable),
                    ctx.OutputPath(paths.Metrics), ctx.OutputPath(paths.Figures), ctx.InputPath(paths.CompiledTrees), clean);
                ReferenceProfileFile.Write(ctx.OutputPath(paths.ReferenceProfile), ReferenceProfiler.Build(await inputs, report));
            },
            ["register"] = register.RunAsync,
        };
    }

    private static Task Run(Action stage)
    {
        stage();
        return Task.CompletedTask;
    }
}
