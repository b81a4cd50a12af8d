using Mlops.Core.Errors;
using Mlops.Training.Configuration;

namespace Mlops.Training.Features;

/// <summary>Where clean.csv holds the schema columns (in schema order) and the target, checked once per file.</summary>
internal sealed record CleanColumns(string[] Names, int[] Indices, int TargetIndex, HashSet<string> Classes)
{
    public static CleanColumns Bind(PipelineParams p, string source, IReadOnlyList<string> header, int rows)
    {
        if (header.Count == 0 || rows == 0)
        {
            throw MlopsException.Invalid($"{source} is empty: run the preprocess stage first");
        }
        var names = p.Schema.Columns.Keys.ToArray();
        var indices = names.Select(c => IndexOf(header, c)).ToArray();
        var targetIndex = IndexOf(header, p.Data.Target);
        var missing = names.Where((_, i) => indices[i] < 0).Concat(targetIndex < 0 ? [p.Data.Target] : []).ToList();
        if (missing.Count > 0)
        {
            throw MlopsException.Invalid($"{source}: missing column(s) {string.Join(", ", missing.Select(m => $"'{m}'"))}");
        }
        return new CleanColumns(names, indices, targetIndex, p.Schema.TargetClasses.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The label, checked against schema.target_classes; the error names the row, its file line and the value.</summary>
    public string Label(PipelineParams p, string source, int row, int line, string label) => Classes.TryGetValue(label, out var known) ? known
        : throw MlopsException.Invalid(
            $"{source}: row {row} (file line {line}), column '{p.Data.Target}': '{label}' is not one of schema.target_classes");

    private static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
