using System.Text.RegularExpressions;
using Mlops.Cli.Tests.Support;

namespace Mlops.Cli.Tests.Docs;

/// <summary>README.es.md is kept in step with README.md: both show the same `mlops` verbs.</summary>
public sealed class ReadmeVerbsTests
{
    private static readonly string[] Readmes = ["README.md", "README.es.md"];

    [Fact]
    public async Task Readmes_RegisteredVerbs_EnglishAndSpanishMentionTheSameOnes()
    {
        var verbs = await RegisteredVerbs.ReadAsync();

        var english = Mentioned("README.md", verbs);
        var spanish = Mentioned("README.es.md", verbs);

        Assert.True(english.SetEquals(spanish),
            $"only in README.md: [{string.Join(", ", english.Except(spanish))}]; only in README.es.md: [{string.Join(", ", spanish.Except(english))}]");
    }

    [Fact]
    public async Task Readmes_EveryTopLevelVerb_MentionedInBoth()
    {
        var verbs = await RegisteredVerbs.ReadAsync();
        var topLevel = verbs.Select(v => v.Split(' ')[0]).Distinct().ToList();

        foreach (var readme in Readmes)
        {
            var missing = topLevel.Except(Mentioned(readme, topLevel)).ToList();
            Assert.True(missing.Count == 0, $"{readme} never shows `mlops {string.Join("`, `mlops ", missing)}`");
        }
        Assert.Contains("pipeline run", verbs);
    }

    /// <summary>The verbs written as `mlops VERB` (or `./mlops VERB`) and not as the start of a longer word.</summary>
    private static HashSet<string> Mentioned(string readme, IEnumerable<string> verbs)
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, readme));
        return verbs.Where(v => Regex.IsMatch(text, $@"mlops {Regex.Escape(v)}(?![\w-])")).ToHashSet();
    }
}
