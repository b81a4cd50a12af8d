using Microsoft.AspNetCore.Http;
using Mlops.TrackingServer.Hosting;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Experiments;

internal static partial class ExperimentsApi
{
    private static async Task DeleteAsync(HttpContext context, ServerState state, bool restore)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.ExperimentIdRequest);
        var id = WireRequest.Required(request.ExperimentId, "experiment_id");
        await (restore
            ? state.Tracking.RestoreExperimentAsync(id, context.RequestAborted)
            : state.Tracking.DeleteExperimentAsync(id, context.RequestAborted));
        await WireResponse.WriteEmptyAsync(context);
    }

    /// <summary>MLflow renames when new_name is given and otherwise answers {} without touching the experiment.</summary>
    private static async Task UpdateAsync(HttpContext context, ServerState state)
    {
        var request = await WireRequest.ReadAsync(context, MlflowJsonContext.Default.UpdateExperimentRequest);
        var id = WireRequest.Required(request.ExperimentId, "experiment_id");
        if (!string.IsNullOrEmpty(request.NewName))
        {
            await state.Tracking.RenameExperimentAsync(id, request.NewName, context.RequestAborted);
        }
        await WireResponse.WriteEmptyAsync(context);
    }
}
