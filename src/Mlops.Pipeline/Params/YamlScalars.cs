using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mlops.Pipeline.Params;

/// <summary>Resolves untagged plain scalars by the YAML 1.2 core schema (null, bool, int, float, else string).</summary>
internal static partial class YamlScalars
{
    public enum Kind { Null, Bool, Int, Float, String }

    public static Kind Resolve(YamlScalarNode scalar, out object? value)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            value = text;
            return Kind.String;
        }
        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            value = null;
            return Kind.Null;
        }
        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            value = text[0] is 't' or 'T';
            return Kind.Bool;
        }
        if (IntPattern().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l))
        {
            value = l;
            return Kind.Int;
        }
        if (FloatPattern().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            value = d;
            return Kind.Float;
        }
        value = text;
        return Kind.String;
    }

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
