using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Mlops.Architecture.Tests;

/// <summary>Generic code knows no dataset: the terms of params.yaml's dataset appear nowhere under src/.</summary>
public sealed class DatasetTermsTests
{
    [Fact]
    public void SourceFiles_NameNoDatasetTerm_OfParamsYaml()
    {
        var root = DependencyRulesTests.RepoRoot;
        var terms = DatasetTerms(Path.Combine(root, "params.yaml"));
        Assert.Contains("NObeyesdad", terms);
        // Exact case: a column such as "Age" is a term, the English word "age" is not. The project tag
        // ("obesity") is matched in any case, and inside words too.
        var project = terms[^1];
        var pattern = new Regex(string.Join('|', terms.Select(t => $@"(?<![A-Za-z0-9_]){Regex.Escape(t)}(?![A-Za-z0-9_])"))
            + $"|(?i:{Regex.Escape(project)})", RegexOptions.CultureInvariant);

        var hits = Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal)
                || f.EndsWith(".json", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => pattern.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(root, x.f)}:{x.i + 1}: {pattern.Match(x.line).Value}")
            .ToList();

        Assert.True(hits.Count == 0, "Dataset terms in src/:\n" + string.Join('\n', hits));
    }

    [Fact]
    public void DatasetTerms_OfThisRepository_IncludeClassesColumnsAndNames()
    {
        var terms = DatasetTerms(Path.Combine(DependencyRulesTests.RepoRoot, "params.yaml"));

        // A reader that found nothing would make the test above pass vacuously.
        Assert.Contains("Normal_Weight", terms);
        Assert.Contains("family_history_with_overweight", terms);
        Assert.Contains("obesity_classifier", terms);
        Assert.Contains("obesity", terms);
    }

    /// <summary>Column names, target column and classes, the raw file's name, model and experiment names; last, the project tag.</summary>
    private static List<string> DatasetTerms(string paramsFile)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(paramsFile))
        {
            stream.Load(reader);
        }
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var terms = new List<string>();
        var schema = Map(root, "schema");
        terms.AddRange(Map(schema, "columns").Children.Keys.Select(Text));
        terms.AddRange(((YamlSequenceNode)schema["target_classes"]).Children.Select(Text));
        var data = Map(root, "data");
        terms.Add(Text(data["target"]));
        terms.Add(Path.GetFileNameWithoutExtension(Text(data["raw"])));
        terms.Add(Text(Map(root, "registry")["model_name"]));
        var tracking = Map(root, "tracking");
        terms.Add(Text(tracking["experiment"]));
        var distinct = terms.Distinct(StringComparer.Ordinal).ToList();
        distinct.Add(Text(Map(tracking, "tags")["project"]));
        return distinct;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";
}
