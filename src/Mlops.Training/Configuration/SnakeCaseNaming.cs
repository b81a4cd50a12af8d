using System.Text;
using YamlDotNet.Serialization;

namespace Mlops.Training.Configuration;

/// <summary>
/// params.yaml's keys from property names: <c>TargetClasses</c> is <c>target_classes</c>, as YamlDotNet's
/// UnderscoredNamingConvention names them. That one runs two regular expressions per name, and their first use costs
/// tens of milliseconds at every cold start, which is most of reading params.yaml.
/// </summary>
public sealed class SnakeCaseNaming : INamingConvention
{
    public static readonly SnakeCaseNaming Instance = new();

    private SnakeCaseNaming()
    {
    }

    public string Apply(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var key = new StringBuilder(value.Length + 4);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    key.Append('_');
                }
                key.Append(char.ToLowerInvariant(c));
            }
            else
            {
                key.Append(c);
            }
        }
        return key.ToString();
    }

    public string Reverse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = new StringBuilder(value.Length);
        var upper = true;
        foreach (var c in value)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }
            name.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return name.ToString();
    }
}
