using System.Text.Json;
using System.Text.Json.Nodes;
using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>What `ab status` prints (and `ab conclude` with its outcome): the analysis and the test's audit trail.</summary>
public sealed record AbAnalysisView(AbReport Report, IReadOnlyList<AbAuditEntry> Audit)
{
    /// <summary>The analysis of <paramref name="test"/> from the prediction log and its labels, and its audit trail.</summary>
    public static async Task<AbAnalysisView> LoadAsync(Stores stores, IAbTestStore tests, AbTest test, CancellationToken ct)
    {
        var log = stores.PredictionLog ?? throw MlopsException.Invalid($"Tracking URI '{stores.Uri}' has no prediction log to analyse.");
        var feedback = stores.PredictionFeedback ?? throw MlopsException.Invalid($"Tracking URI '{stores.Uri}' has no labels to analyse.");
        var report = AbAnalysis.Analyze(test, await AbObservationsReader.ReadAsync(log, feedback, test, ct));
        return new AbAnalysisView(report, await tests.ListAuditAsync(test.Name, ct));
    }

    /// <summary>The --json form: the report exactly as ab_report.json holds it, and the audit trail.</summary>
    public JsonObject ToJson() => new()
    {
        ["report"] = JsonNode.Parse(Report.ToJson()),
        ["audit"] = JsonSerializer.SerializeToNode(Audit, JsonOutput.Options),
    };
}
