using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.AbTesting;

/// <summary>`mlops ab list|stop|status` on a seeded workspace's store.</summary>
public sealed class AbListStopStatusTests
{
    [Fact]
    public async Task List_TwoTests_NewestFirstInTableAndJson()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        await AbCli.StartAsync(ws, "first");
        await AbCli.RunAsync(ws, "stop", "first");
        await AbCli.StartAsync(ws, "second");

        var table = await AbCli.RunAsync(ws, "list");
        var json = AbCli.Json(await AbCli.RunAsync(ws, "list", "--json"));

        Assert.Equal(["second", "first"], json.EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(["Running", "Stopped"], json.EnumerateArray().Select(t => t.GetProperty("status").GetString()));
        Assert.True(table.ExitCode == 0, table.Output);
        Assert.True(table.Stdout.IndexOf("second", StringComparison.Ordinal) < table.Stdout.IndexOf("first", StringComparison.Ordinal), table.Stdout);
    }

    [Fact]
    public async Task Stop_RunningTest_StopsItAndASecondStopIsRefused()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        await AbCli.StartAsync(ws, "t1");

        var stopped = await AbCli.RunAsync(ws, "stop", "t1", "--actor", "alice", "--json");
        var again = await AbCli.RunAsync(ws, "stop", "t1");

        Assert.Equal("Stopped", AbCli.Json(stopped).GetProperty("status").GetString());
        Assert.Equal(CliApp.ExitError, again.ExitCode);
        Assert.Contains("t1", again.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_UnknownTest_IsNotFound()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;

        var result = await AbCli.RunAsync(ws, "stop", "nope");

        Assert.Equal(CliApp.ExitError, result.ExitCode);
        Assert.Contains("nope", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_BeforeTheHorizon_ShowsCountsAndIsInconclusiveWithExitZero()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        var id = await AbCli.StartAsync(ws, "t1");
        await AbTraffic.LogAsync(ws, id, "champion", 1, count: 50, correct: 45);
        await AbTraffic.LogAsync(ws, id, "challenger", 2, count: 40, correct: 39);

        var text = await AbCli.RunAsync(ws, "status", "t1");
        var json = AbCli.Json(await AbCli.RunAsync(ws, "status", "t1", "--json"));

        Assert.True(text.ExitCode == 0, text.Output);
        Assert.Contains("verdict: Inconclusive: Fixed horizon not reached", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("horizon: 40 of 184 labelled predictions per variant", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("0.9 [", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("sample ratio: chi-square", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("audit: ", text.Stdout, StringComparison.Ordinal);
        var report = json.GetProperty("report");
        Assert.Equal("Inconclusive", report.GetProperty("verdict").GetString());
        Assert.Equal([50L, 40L], report.GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("labelled").GetInt64()));
        Assert.Equal("start", json.GetProperty("audit")[0].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Status_ShadowTest_PrintsTheModeAndNoSplitCheck()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;
        await AbCli.StartAsync(ws, "s1", "--mode", "shadow");

        var result = await AbCli.RunAsync(ws, "status", "s1");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("shadow mode", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("sample ratio", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownTest_IsNotFound()
    {
        var (ws, _, _) = await SeededStore.CreateAsync();
        using var _ws = ws;

        var result = await AbCli.RunAsync(ws, "status", "nope");

        Assert.Equal(CliApp.ExitError, result.ExitCode);
        Assert.Contains("nope", result.Stderr, StringComparison.Ordinal);
    }
}
