using Mlops.TrackingServer.Artifacts;

namespace Mlops.TrackingServer.Experiments;

internal static class ExperimentWire
{
    public static ExperimentDto From(Experiment e, ArtifactLocations locations) => new(
        e.ExperimentId, e.Name, locations.ToWire(e.ArtifactLocation), MlflowEnums.Of(e.LifecycleStage),
        e.LastUpdateTime, e.CreationTime, KeyValueDto.ListOf(e.Tags));
}
