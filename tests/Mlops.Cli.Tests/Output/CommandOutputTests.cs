using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Output;

/// <summary>
/// Every store-reading and store-changing command's table, text and --json output, its help and its usage errors,
/// against approved text: the contract the commands' shared base classes must keep.
/// </summary>
public sealed class CommandOutputTests
{
    private const string Model = SeededStore.Model;

    public static TheoryData<string, string[]> Cases() => new()
    {
        { "runs-list", ["runs", "list"] },
        { "runs-list-json", ["runs", "list", "--json"] },
        { "runs-list-experiment-missing", ["runs", "list", "--experiment", "nope"] },
        { "runs-show", ["runs", "show", "{A}"] },
        { "runs-show-json", ["runs", "show", "{A}", "--json"] },
        { "runs-compare", ["runs", "compare", "{A}", "{B}"] },
        { "runs-compare-json", ["runs", "compare", "{A}", "{B}", "--json"] },
        { "runs-compare-one-id", ["runs", "compare", "{A}"] },
        { "params-diff", ["params", "diff", "{A}", "{B}"] },
        { "params-diff-json", ["params", "diff", "{A}", "{B}", "--json"] },
        { "params-diff-all", ["params", "diff", "{A}", "{B}", "--all"] },
        { "params-diff-same", ["params", "diff", "{A}", "{A}"] },
        { "metrics-diff", ["metrics", "diff", "{A}", "{B}"] },
        { "metrics-diff-json", ["metrics", "diff", "{A}", "{B}", "--json"] },
        { "metrics-diff-all", ["metrics", "diff", "{A}", "{B}", "--all"] },
        { "metrics-diff-same", ["metrics", "diff", "{B}", "{B}"] },
        { "registry-list", ["registry", "list"] },
        { "registry-list-json", ["registry", "list", "--json"] },
        { "registry-versions", ["registry", "versions", Model] },
        { "registry-versions-json", ["registry", "versions", Model, "--json"] },
        { "registry-versions-missing", ["registry", "versions", "nope"] },
        { "registry-show", ["registry", "show", Model, "2"] },
        { "registry-show-json", ["registry", "show", Model, "2", "--json"] },
        { "registry-compare", ["registry", "compare", Model, "1", "2"] },
        { "registry-compare-json", ["registry", "compare", Model, "1", "2", "--json"] },
        { "registry-best", ["registry", "best", Model] },
        { "registry-best-json", ["registry", "best", Model, "--metric", "log_loss", "--json"] },
        { "registry-best-minimize", ["registry", "best", Model, "--metric", "macro_f1", "--minimize"] },
        { "registry-best-missing", ["registry", "best", Model, "--metric", "nope"] },
        { "registry-promote", ["registry", "promote", Model, "2", "Production"] },
        { "registry-promote-bad-stage", ["registry", "promote", Model, "2", "Live"] },
        { "registry-alias", ["registry", "alias", Model, "staging", "2"] },
        { "registry-delalias", ["registry", "delalias", Model, "challenger"] },
        { "registry-delalias-missing", ["registry", "delalias", Model, "nope"] },
        { "predictions-list", ["predictions", "list"] },
        { "predictions-list-json", ["predictions", "list", "--json"] },
        { "predictions-list-page", ["predictions", "list", "--max", "2"] },
        { "predictions-prune-dry", ["predictions", "prune", "--max-rows", "1", "--dry-run"] },
        { "predictions-prune-json", ["predictions", "prune", "--max-rows", "1", "--json"] },
        { "predictions-export", ["predictions", "export", "--output", "{WS}/out.csv"] },
        { "validate", ["validate", "--input", "data/raw/ObesityDataSet_raw_and_data_sinthetic.csv"] },
        { "validate-json", ["validate", "--input", "data/raw/ObesityDataSet_raw_and_data_sinthetic.csv", "--json"] },
        { "validate-invalid", ["validate", "--input", SeededStore.BadCsv] },
        { "validate-invalid-json", ["validate", "--input", SeededStore.BadCsv, "--json"] },
        { "validate-no-input", ["validate"] },
        { "predict-no-output", ["predict", "--input", SeededStore.BadCsv] },
        { "pipeline-status", ["pipeline", "status"] },
        { "pipeline-status-json", ["pipeline", "status", "--json"] },
    };

    public static TheoryData<string> HelpCases() =>
    [
        "", "pipeline", "pipeline run", "pipeline status", "runs", "runs list", "runs show", "runs compare", "params diff",
        "metrics diff", "registry", "registry list", "registry versions", "registry show", "registry promote", "registry alias",
        "registry delalias", "registry rollback", "registry history", "registry compare", "registry best", "predict", "server", "serve", "predictions",
        "predictions list", "predictions export", "predictions prune", "monitor", "monitor run", "monitor show", "validate",
        "ab", "ab start", "ab list", "ab status", "ab stop", "ab conclude", "simulate traffic", "retrain", "retrain watch", "init",
        "features", "features list", "features show", "features diff",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Command_SeededStore_PrintsApprovedOutput(string name, string[] args)
    {
        var (ws, runA, runB) = await SeededStore.CreateAsync();
        using var _ = ws;
        var expanded = args.Select(a => a.Replace("{A}", runA).Replace("{B}", runB).Replace("{WS}", ws.Root)).ToArray();

        var result = await CliProcess.RunAsync(ws.Root, expanded);

        var output = args.FirstOrDefault(a => a.StartsWith("{WS}", StringComparison.Ordinal))?.Replace("{WS}", ws.Root);
        ApprovedOutput.Verify(name, result, new Dictionary<string, string>
        {
            [ws.Root] = "{WS}", [runA] = "{A}", [runB] = "{B}", [runA[..8]] = "{A8}", [runB[..8]] = "{B8}",
        }, output);
    }

    [Theory]
    [MemberData(nameof(HelpCases))]
    public async Task Help_EveryCommand_PrintsApprovedText(string command)
    {
        var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();

        var result = await CliProcess.RunAsync(Path.GetTempPath(), args);

        ApprovedOutput.Verify("help-" + (command.Length == 0 ? "mlops" : command.Replace(' ', '-')), result, new Dictionary<string, string>());
    }
}
