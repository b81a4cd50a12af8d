using Mlops.Core.AbTesting;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>What `ab status` prints (and `ab conclude` with its outcome): the analysis and the test's audit trail.</summary>
public sealed record AbAnalysisView(AbReport Report, IReadOnlyList<AbAuditEntry> Audit);
