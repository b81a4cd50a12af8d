using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>A test's analysis from the prediction log and its labels (the store the test lives in).</summary>
internal static class AbAnalyses
{
    public static async Task<AbReport> AnalyzeAsync(Stores stores, AbTest test, CancellationToken ct)
    {
        var log = stores.PredictionLog ?? throw MlopsException.Invalid($"Tracking URI '{stores.Uri}' has no prediction log to analyse.");
        var feedback = stores.PredictionFeedback ?? throw MlopsException.Invalid($"Tracking URI '{stores.Uri}' has no labels to analyse.");
        return AbAnalysis.Analyze(test, await AbObservationsReader.ReadAsync(log, feedback, test, ct));
    }
}
