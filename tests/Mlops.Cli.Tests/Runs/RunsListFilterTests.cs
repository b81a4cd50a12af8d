using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Runs;

public sealed class RunsListFilterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-cli-filter-{Guid.NewGuid():N}");

    public RunsListFilterTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void RunsList_MalformedFilter_OneLineErrorNamingTokenAndNonZeroExit()
    {
        var result = CliProcess.Run(folder, "runs", "list", "--filter", "metrics.accuracy >> 1");

        Assert.NotEqual(0, result.ExitCode);
        var error = result.Stderr.Trim();
        Assert.DoesNotContain('\n', error);
        Assert.Contains("'>>'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }
}
