using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Runs;

public sealed class CorruptStoreTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), $"mlops-cli-corrupt-{Guid.NewGuid():N}");

    public CorruptStoreTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "mlruns"));
        File.WriteAllBytes(Path.Combine(folder, "mlruns", "mlops.db"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 251))]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("runs", "list")]
    [InlineData("serve", "--port", "5999")]
    public void Command_StoreFileIsNotADatabase_OneLineErrorNamingStoreAndExitOne(params string[] args)
    {
        var result = CliProcess.Run(folder, args);

        Assert.Equal(1, result.ExitCode);
        var error = result.Stderr.Trim();
        Assert.DoesNotContain('\n', error);
        Assert.Contains("sqlite:///mlruns/mlops.db", error, StringComparison.Ordinal);
        Assert.Contains("not a database", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
    }
}
