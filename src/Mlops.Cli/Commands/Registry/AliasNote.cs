using Mlops.Cli.Commands.Ab;
using Mlops.Core.Registry;

namespace Mlops.Cli.Commands.Registry;

/// <summary>The audit note of an alias move made from the command line: --actor (else the OS user) and --reason.</summary>
internal static class AliasNote
{
    public static AliasChangeNote From(string? actor, string? reason, string fallbackReason) =>
        new(AbActor.Resolve(actor), string.IsNullOrWhiteSpace(reason) ? fallbackReason : reason.Trim());
}
