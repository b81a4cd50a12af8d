using Mlops.Core.Coordination;
using Mlops.Core.Errors;
using Mlops.Lifecycle;
using Mlops.Lifecycle.Retraining;

namespace Mlops.Cli.Commands.Retrain;

/// <summary>The retrain request of the current folder: its params (validated as `pipeline run` does) and the stores behind the options.</summary>
internal static class RetrainInputs
{
    public static RetrainRequest Build(RetrainSettings settings, Action<string> progress)
    {
        var workspace = Directory.GetCurrentDirectory();
        var (_, _, parameters) = LifecyclePipeline.Load(new PipelineRunOptions(workspace) { ParamsFile = settings.ParamsFile });
        if (parameters.Schema.IsRegression)
        {
            // The gate, the triggers and the feedback labels all compare classes; refuse before touching any store.
            throw MlopsException.Invalid("mlops retrain retrains classifiers only so far: schema.task: regression is not supported yet");
        }
        var stores = StoreFactory.Open(settings.TrackingUri).WithPredictionLog(settings.PredictionLogUri);
        var log = stores.PredictionLog;
        var feedback = stores.PredictionFeedback;
        if (log is null || feedback is null)
        {
            throw MlopsException.Invalid($"Tracking URI '{stores.Uri}' has no prediction log and labels to retrain on; give " +
                "--prediction-log-uri sqlite:///PATH or postgresql://USER@HOST:PORT/DB (the store mlops serve logs to).");
        }
        var retrainStores = new RetrainStores(new StoreSet(stores.Tracking, stores.Registry, stores.Artifacts, stores.FeatureSets), log, feedback, LeasesOf(stores))
        {
            AbTests = stores.AbTests,
        };
        return new RetrainRequest(workspace, parameters, retrainStores)
        {
            ParamsFile = settings.ParamsFile,
            DryRun = settings.DryRun,
            Force = settings.Force,
            Actor = $"mlops retrain ({Environment.UserName})",
            OnProgress = progress,
        };
    }

    /// <summary>The lease lives in the tracking store: every retrain of the model, on any machine, shares that one.</summary>
    private static ILeaseStore LeasesOf(Stores stores) => stores.Leases ?? throw new MlopsException(ErrorCode.InvalidState,
        $"the store {stores.Uri} keeps no leases, so two retrains could run at once; use sqlite:///PATH, postgresql://... or an mlops server");
}
