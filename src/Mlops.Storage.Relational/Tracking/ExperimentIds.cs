using System.Globalization;
using Mlops.Core.Errors;

namespace Mlops.Storage.Relational.Tracking;

internal static class ExperimentIds
{
    /// <summary>A malformed id is an experiment that does not exist, as MLflow answers.</summary>
    public static long Parse(string experimentId) =>
        long.TryParse(experimentId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw MlopsException.NotFound($"No Experiment with id={experimentId} exists");
}
