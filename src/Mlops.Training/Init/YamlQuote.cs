using System.Text;

namespace Mlops.Training.Init;

/// <summary>Double-quoted YAML scalars, so any header name or category (spaces, accents, ':' or '#') reads back as written.</summary>
internal static class YamlQuote
{
    public static string Of(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => quoted.Append("\\\""),
                '\\' => quoted.Append("\\\\"),
                '\t' => quoted.Append("\\t"),
                < ' ' => quoted.Append($"\\x{(int)c:x2}"),
                _ => quoted.Append(c),
            };
        }
        return quoted.Append('"').ToString();
    }

    public static string List(IEnumerable<string> items) => $"[{string.Join(", ", items.Select(Of))}]";
}
