using Mlops.Core.Tracking;
using Mlops.Mlflow.Wire;
using Mlops.Mlflow.Wire.Experiments;
using Mlops.TrackingServer.Artifacts;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Experiments;

internal static class ExperimentWire
{
    public static ExperimentDto From(Experiment e, ArtifactLocations locations) => new(
        e.ExperimentId, e.Name, locations.ToWire(e.ArtifactLocation), WireEnums.Of(e.LifecycleStage),
        e.LastUpdateTime, e.CreationTime, KeyValueDto.ListOf(e.Tags));
}
