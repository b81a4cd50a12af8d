using System.Text;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Output;

/// <summary>
/// Compares a command's exit code, stdout and stderr with the text approved in Output/Expected/NAME.txt.
/// MLOPS_APPROVE_OUTPUT=1 writes the files instead (then review the diff before committing it).
/// </summary>
public static class ApprovedOutput
{
    private static readonly string Folder = Path.Combine(RepoRoot.Path, "tests", "Mlops.Cli.Tests", "Output", "Expected");

    public static void Verify(string name, CliProcess.Result result, IReadOnlyDictionary<string, string> replacements, string? outputFile = null)
    {
        var text = new StringBuilder()
            .Append("exit: ").Append(result.ExitCode).Append('\n')
            .Append("--- stdout\n").Append(result.Stdout)
            .Append("--- stderr\n").Append(result.Stderr);
        if (outputFile is not null)
        {
            text.Append("--- ").Append(Path.GetFileName(outputFile)).Append('\n').Append(File.ReadAllText(outputFile));
        }
        foreach (var (value, placeholder) in replacements)
        {
            text.Replace(value, placeholder);
        }
        var actual = text.ToString().Replace("\r\n", "\n", StringComparison.Ordinal);
        var path = Path.Combine(Folder, name + ".txt");
        if (Environment.GetEnvironmentVariable("MLOPS_APPROVE_OUTPUT") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"no approved output {path}; run with MLOPS_APPROVE_OUTPUT=1 and review it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
