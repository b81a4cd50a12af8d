using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Retrain;

public sealed class RetrainUsageTests
{
    [Fact]
    public async Task RetrainHelp_Always_DocumentsTheExitCodesAndWatch()
    {
        var result = await CliProcess.RunAsync(Path.GetTempPath(), "retrain", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("(exit 0 ok, 3 rejected, 4 busy)", result.Stdout);
        Assert.Contains("3: the candidate was rejected", result.Stdout);
        Assert.Contains("watch", result.Stdout);
    }

    [Theory]
    [InlineData("--ticks", "0", "--ticks must be at least 1, got 0.")]
    [InlineData("--interval", "-1", "--interval must be a positive number of seconds, got -1.")]
    public async Task RetrainWatch_BadOption_IsAUsageErrorNamingIt(string option, string value, string message)
    {
        var result = await CliProcess.RunAsync(Path.GetTempPath(), "retrain", "watch", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
    }
}
