using Spectre.Console;

namespace Mlops.Cli.Commands.Runs;

public sealed class ParamsDiffCommand() : RunDiffCommand<string?>("param", run => run.Params.ToDictionary(p => p.Key, p => (string?)p.Value), string.Equals)
{
    protected override string[] Columns(RunPairSettings settings) =>
        ["param", settings.RunA[..Math.Min(8, settings.RunA.Length)], settings.RunB[..Math.Min(8, settings.RunB.Length)]];

    protected override string[] Cells(KeyDiff<string?> row) => [Markup.Escape(row.Key), Markup.Escape(row.A ?? "—"), Markup.Escape(row.B ?? "—")];
}
