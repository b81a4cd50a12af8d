namespace Mlops.TrackingServer.Experiments;

internal static partial class ExperimentsApi
{
    private static async Task DeleteAsync(HttpContext context, ITrackingStore tracking, bool restore)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.ExperimentIdRequest);
        var id = WireRequest.Required(request.ExperimentId, "experiment_id");
        await (restore
            ? tracking.RestoreExperimentAsync(id, context.RequestAborted)
            : tracking.DeleteExperimentAsync(id, context.RequestAborted));
        await WireResponse.WriteEmptyAsync(context);
    }

    /// <summary>MLflow renames when new_name is given and otherwise answers {} without touching the experiment.</summary>
    private static async Task UpdateAsync(HttpContext context, ITrackingStore tracking)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.UpdateExperimentRequest);
        var id = WireRequest.Required(request.ExperimentId, "experiment_id");
        if (!string.IsNullOrEmpty(request.NewName))
        {
            await tracking.RenameExperimentAsync(id, request.NewName, context.RequestAborted);
        }
        await WireResponse.WriteEmptyAsync(context);
    }
}
