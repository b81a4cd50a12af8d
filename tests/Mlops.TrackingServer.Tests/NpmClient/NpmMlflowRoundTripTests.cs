using System.Diagnostics;

namespace Mlops.TrackingServer.Tests.NpmClient;

/// <summary>MLflow's clients must work against our server: the third-party npm client (mlflow 2.0.7) end to end.</summary>
public sealed class NpmMlflowRoundTripTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [NpmMlflowFact]
    public async Task RoundTrip_NpmMlflowClient_CreatesLogsReadsAndSearches()
    {
        var missing = NpmMlflowClient.MissingPrerequisite();
        Assert.True(missing is null, $"{NpmMlflowClient.RequireVariable}=1 but {missing}.");
        await using var harness = await ServerHarness.StartAsync();

        var (exitCode, output) = await RunNodeAsync(Path.Combine(NpmMlflowClient.Folder!, "roundtrip.js"), harness.Server.BaseUrl);

        Assert.True(exitCode == 0, $"node roundtrip.js exited with {exitCode}:\n{output}");
        Assert.Contains("round trip passed", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunNodeAsync(string script, string baseUrl)
    {
        var start = new ProcessStartInfo(NpmMlflowClient.Node!)
        {
            WorkingDirectory = NpmMlflowClient.Folder!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(baseUrl);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {Limit.TotalSeconds} s\n{await stdout}{await stderr}");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
