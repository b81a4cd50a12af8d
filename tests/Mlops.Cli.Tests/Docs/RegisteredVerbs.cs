using System.Xml.Linq;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Docs;

/// <summary>
/// Every verb the CLI registers, as the words a user types after `mlops` ("pipeline run", "serve", "retrain"), read
/// from the command model the built CLI prints (Spectre's `cli xmldoc`), so a new verb needs no list edited here.
/// </summary>
public static class RegisteredVerbs
{
    // Spectre's name for a branch's own command (`mlops retrain` runs one; `mlops retrain watch` another).
    private const string BranchDefault = "__default_command";

    public static async Task<IReadOnlyList<string>> ReadAsync()
    {
        var result = await CliProcess.RunAsync(Path.GetTempPath(), "cli", "xmldoc");
        Assert.True(result.ExitCode == 0, result.Output);
        var verbs = new List<string>();
        Collect(XDocument.Parse(result.Stdout).Root!, [], verbs);
        return verbs;
    }

    private static void Collect(XElement parent, IReadOnlyList<string> words, List<string> verbs)
    {
        foreach (var command in parent.Elements("Command"))
        {
            var name = (string)command.Attribute("Name")!;
            if ((string?)command.Attribute("IsBranch") == "true")
            {
                Collect(command, [.. words, name], verbs);
            }
            else
            {
                verbs.Add(string.Join(' ', name == BranchDefault ? words : [.. words, name]));
            }
        }
    }
}
