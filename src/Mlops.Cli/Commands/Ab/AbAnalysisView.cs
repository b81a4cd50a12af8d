using System.Text.Json;
using System.Text.Json.Nodes;
using Mlops.Core.AbTesting;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>What `ab status` prints (and `ab conclude` with its outcome): the analysis and the test's audit trail.</summary>
public sealed record AbAnalysisView(AbReport Report, IReadOnlyList<AbAuditEntry> Audit)
{
    /// <summary>The --json form: the report exactly as ab_report.json holds it, and the audit trail.</summary>
    public JsonObject ToJson() => new()
    {
        ["report"] = JsonNode.Parse(Report.ToJson()),
        ["audit"] = JsonSerializer.SerializeToNode(Audit, JsonOutput.Options),
    };
}
