using Mlops.Cli.Tests.Support;
using Mlops.Monitoring.Statistics;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>`mlops ab start`: variants resolved to versions at start, the fixed horizon, and every refusal.</summary>
public sealed class AbStartTests
{
    [Fact]
    public async Task Start_AliasesAndDefaults_ResolvesVersionsAndStoresTheHorizon()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;

        var result = await AbCli.RunAsync(ws, "start", "--name", "t1", "--model", SeededStore.Model,
            "--variant", "champion=@champion", "--variant", "challenger=2", "--json");

        var json = AbCli.Json(result);
        Assert.Equal(0, result.ExitCode);
        var variants = json.GetProperty("variants").EnumerateArray().ToArray();
        Assert.Equal([1, 2], variants.Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(["@champion", "2"], variants.Select(v => v.GetProperty("reference").GetString()));
        Assert.Equal([0.5, 0.5], variants.Select(v => v.GetProperty("share").GetDouble()));
        Assert.Equal(0.91, json.GetProperty("baseline_rate").GetDouble());
        // The larger side of ±MDE: the drop to 0.89 needs more rows than the rise to 0.93.
        Assert.Equal((int)Math.Ceiling(SampleSize.PerArm(0.91, 0.89)), json.GetProperty("required_per_variant").GetInt32());
        Assert.Equal("Running", json.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Start_EffectAboveOne_SizesTheHorizonBelowTheBaselineAndPrintsIt()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;

        var result = await AbCli.RunAsync(ws, "start", "--name", "t1", "--model", SeededStore.Model, "--variant", "a=@champion",
            "--variant", "b=@challenger", "--split", "90/10", "--min-detectable-effect", AbCli.SmallHorizonEffect);

        Assert.True(result.ExitCode == 0, result.Output);
        var required = (int)Math.Ceiling(SampleSize.PerArm(0.91, 0.81));
        Assert.Contains($"Horizon: {required} labelled predictions per variant", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("a v1 @champion 90%, b v2 @challenger 10%", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ShadowMode_GivesTheControlEveryRequest()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;

        var result = await AbCli.RunAsync(ws, "start", "--name", "s", "--model", SeededStore.Model, "--variant", "a=@champion",
            "--variant", "b=@challenger", "--mode", "shadow", "--json");

        var json = AbCli.Json(result);
        Assert.Equal("Shadow", json.GetProperty("mode").GetString());
        Assert.Equal([1.0, 0.0], json.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("share").GetDouble()));
    }

    public static TheoryData<string[], int, string> Refusals() => new()
    {
        { ["--model", "nope"], CliApp.ExitError, "--model 'nope': no registered model of that name" },
        { ["--variant", "a=@champion", "--variant", "b=@gone"], CliApp.ExitError, "--variant b=@gone: golden_model has no alias 'gone' (aliases: challenger, champion)" },
        { ["--variant", "a=@champion", "--variant", "b=9"], CliApp.ExitError, "--variant b=9: golden_model has no version 9 (versions: 1, 2)" },
        { ["--variant", "a=@champion"], CliApp.ExitUsage, "--variant is needed at least twice" },
        { ["--variant", "a=@champion", "--variant", "a=2"], CliApp.ExitUsage, "--variant name 'a' is given twice" },
        { ["--variant", "a=@champion", "--variant", "b"], CliApp.ExitUsage, "--variant 'b' must be NAME=@ALIAS or NAME=VERSION" },
        { ["--split", "50/30/20"], CliApp.ExitUsage, "--split '50/30/20' has 3 share(s) but there are 2 variants" },
        { ["--split", "60/30"], CliApp.ExitUsage, "--split '60/30' sums to 90; the shares must sum to 100" },
        { ["--split", "x/50"], CliApp.ExitUsage, "--split 'x/50': share 'x' must be a percentage of 0 or more" },
        { ["--mode", "shadow", "--split", "50/50"], CliApp.ExitUsage, "--split does not apply to --mode shadow" },
        { ["--mode", "canary"], CliApp.ExitUsage, "--mode must be split or shadow; got 'canary'" },
        { ["--metric", "f1"], CliApp.ExitUsage, "--metric 'f1' is not supported; the only metric is accuracy" },
        { ["--min-detectable-effect", "0"], CliApp.ExitUsage, "--min-detectable-effect must be in (0, 1); got 0" },
        { ["--min-detectable-effect", "1"], CliApp.ExitUsage, "--min-detectable-effect must be in (0, 1); got 1" },
        { ["--alpha", "1.5"], CliApp.ExitUsage, "--alpha must be in (0, 1); got 1.5" },
        { ["--power", "0.01"], CliApp.ExitUsage, "--power must be in (alpha, 1) = (0.05, 1); got 0.01" },
        { ["--name", " "], CliApp.ExitUsage, "--name is required" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Start_BadOption_RefusesNamingTheOptionAndRecordsNothing(string[] options, int exitCode, string message)
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var args = new List<string> { "start", "--name", "t1", "--model", SeededStore.Model };
        if (!options.Contains("--variant"))
        {
            args.AddRange(["--variant", "a=@champion", "--variant", "b=@challenger"]);
        }
        args.AddRange(options);

        var result = await AbCli.RunAsync(ws, [.. args]);

        Assert.True(exitCode == result.ExitCode, result.Output);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        var list = await AbCli.RunAsync(ws, "list", "--json");
        Assert.Equal(0, AbCli.Json(list).GetArrayLength());
    }

    [Fact]
    public async Task Start_NameTaken_RefusesTheSecond()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        await AbCli.StartAsync(ws, "t1");
        await AbCli.RunAsync(ws, "stop", "t1");

        var result = await AbCli.RunAsync(ws, "start", "--name", "t1", "--model", SeededStore.Model, "--variant", "a=@champion", "--variant", "b=2");

        Assert.Equal(CliApp.ExitError, result.ExitCode);
        Assert.Contains("t1", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ModelAlreadyTested_RefusesASecondRunningTest()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        await AbCli.StartAsync(ws, "t1");

        var result = await AbCli.RunAsync(ws, "start", "--name", "t2", "--model", SeededStore.Model, "--variant", "a=@champion", "--variant", "b=2");

        Assert.Equal(CliApp.ExitError, result.ExitCode);
        Assert.Contains(SeededStore.Model, result.Stderr, StringComparison.Ordinal);
    }
}
