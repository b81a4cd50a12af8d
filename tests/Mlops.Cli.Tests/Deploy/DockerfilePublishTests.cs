using System.Diagnostics;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Deploy;

/// <summary>
/// No container engine runs here, so the image is checked as far as it can be: its publish step, run with the
/// Dockerfile's own arguments on a copy of what it copies, yields an `mlops` that starts; and the runtime stage is a
/// chiselled image run by a non-root user.
/// </summary>
public sealed class DockerfilePublishTests : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("mlops-docker-publish-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [Fact]
    public void Dockerfile_RuntimeStage_ChiselledAndNonRoot()
    {
        var lines = DockerfileBuildStage.Read().Lines;

        var runtime = lines.Last(l => l.StartsWith("FROM ", StringComparison.Ordinal));
        Assert.Contains("-chiseled", runtime, StringComparison.Ordinal);
        var user = lines.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();
        Assert.DoesNotContain(user, new[] { "0", "root", "0:0" });
        Assert.Contains(lines, l => l.StartsWith("ENTRYPOINT [\"dotnet\", \"/app/mlops.dll\"]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PublishStep_DockerfileArguments_PublishedCliAnswersVersionAndListsBothServers()
    {
        var stage = DockerfileBuildStage.Read();
        var context = Path.Combine(scratch, "src");
        Directory.CreateDirectory(context);
        stage.CopyContextTo(context);
        var output = Path.Combine(scratch, "app");

        var publish = await RunAsync(context, ["dotnet", .. stage.PublishArgumentsTo(output)], TimeSpan.FromMinutes(25));
        Assert.True(publish.ExitCode == 0, publish.Output);
        Assert.True(File.Exists(Path.Combine(output, "mlops.dll")), publish.Output);
        // -r linux-x64: the natives of that platform only, flattened next to the assemblies.
        Assert.True(File.Exists(Path.Combine(output, "lib_lightgbm.so")), string.Join('\n', Directory.GetFiles(output).Select(Path.GetFileName)));
        Assert.False(Directory.Exists(Path.Combine(output, "runtimes", "win-x64")));

        var help = await RunAsync(scratch, ["dotnet", Path.Combine(output, "mlops.dll"), "--help"], TimeSpan.FromMinutes(2));
        Assert.True(help.ExitCode == 0, help.Output);
        Assert.Contains("serve", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("server", help.Stdout, StringComparison.Ordinal);

        var version = await RunAsync(scratch, ["dotnet", Path.Combine(output, "mlops.dll"), "--version"], TimeSpan.FromMinutes(2));
        Assert.True(version.ExitCode == 0, version.Output);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout.Trim());
    }

    private static async Task<CliProcess.Result> RunAsync(string workingDirectory, IReadOnlyList<string> command, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }
        // A clean build, as in the image: no build server shared with the test run's own build.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{string.Join(' ', command)} did not finish in {timeout}: {await stdout}{await stderr}");
        }
        return new CliProcess.Result(process.ExitCode, await stdout, await stderr);
    }
}
