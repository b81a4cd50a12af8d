namespace Mlops.Cli.Commands.Ab;

/// <summary>One --variant NAME=REF: REF is @ALIAS or a version number, resolved against the registry at start.</summary>
internal sealed record AbVariantOption(string Name, string Reference)
{
    /// <summary>The error for the whole list, or null: two or more, each NAME=REF, names unique.</summary>
    public static string? Check(IReadOnlyList<string> values)
    {
        if (values.Count < 2)
        {
            return $"--variant is needed at least twice (a control and a challenger, e.g. --variant champion=@champion " +
                $"--variant challenger=@challenger); got {values.Count}.";
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in values)
        {
            if (Parse(value) is not { } option)
            {
                return $"--variant '{value}' must be NAME=@ALIAS or NAME=VERSION (e.g. challenger=@challenger or challenger=3).";
            }
            if (!names.Add(option.Name))
            {
                return $"--variant name '{option.Name}' is given twice; each variant needs its own name.";
            }
        }
        return null;
    }

    public static AbVariantOption? Parse(string value)
    {
        var equals = value.IndexOf('=');
        if (equals <= 0 || equals == value.Length - 1)
        {
            return null;
        }
        var (name, reference) = (value[..equals].Trim(), value[(equals + 1)..].Trim());
        var wellFormed = reference.StartsWith('@') ? reference.Length > 1 : int.TryParse(reference, out var v) && v > 0;
        return name.Length > 0 && wellFormed ? new AbVariantOption(name, reference) : null;
    }
}
