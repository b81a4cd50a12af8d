using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Server;

public sealed class ServerHelpTests
{
    [Theory]
    [InlineData("server", "5000")]
    [InlineData("serve", "5080")]
    public async Task Help_EitherServer_ShowsHostPortDefaultsAndTokenOptions(string command, string port)
    {
        var result = await CliProcess.RunAsync(Path.GetTempPath(), command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("127.0.0.1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(port, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--auth-token", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--allowed-hosts", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_AuthReadsWithoutToken_OneLineErrorAndExitOne()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"mlops-cli-authreads-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var result = await CliProcess.RunAsync(folder, new Dictionary<string, string> { ["MLOPS_SERVER_TOKEN"] = "" },
                "server", "--auth-reads", "--port", "0");

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("--auth-reads needs a token", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
