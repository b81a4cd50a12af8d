using System.Globalization;
using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace Mlops.Training.Configuration;

/// <summary>
/// Walks the YAML node tree against the CLR types of <see cref="PipelineParams"/> before deserializing,
/// so every unknown key and wrong type is reported with its dotted key path instead of a YamlDotNet mark.
/// </summary>
internal static class ParamsShapeChecker
{
    public static void Check(YamlNode node, Type type, string path, List<string> errors)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            if (!IsNull(node))
            {
                Check(node, underlying, path, errors);
            }
            return;
        }

        if (type == typeof(string))
        {
            CheckScalar(node, path, "a string", _ => true, errors);
        }
        else if (type == typeof(int))
        {
            CheckScalar(node, path, "an integer",
                v => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out _), errors);
        }
        else if (type == typeof(double))
        {
            CheckScalar(node, path, "a number",
                v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d),
                errors);
        }
        else if (type == typeof(bool))
        {
            CheckScalar(node, path, "true or false", v => bool.TryParse(v, out _), errors);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            CheckList(node, type.GetGenericArguments()[0], path, errors);
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        {
            CheckDictionary(node, type.GetGenericArguments()[1], path, errors);
        }
        else
        {
            CheckObject(node, type, path, errors);
        }
    }

    private static void CheckScalar(YamlNode node, string path, string expected, Func<string, bool> isValid, List<string> errors)
    {
        if (node is YamlScalarNode scalar && !IsNull(scalar) && isValid(scalar.Value!))
        {
            return;
        }
        errors.Add($"key '{path}' must be {expected}, got {Describe(node)}{LineOf(node)}");
    }

    private static void CheckList(YamlNode node, Type itemType, string path, List<string> errors)
    {
        if (node is not YamlSequenceNode sequence)
        {
            errors.Add($"key '{path}' must be a list, got {Describe(node)}{LineOf(node)}");
            return;
        }
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            Check(sequence.Children[i], itemType, $"{path}[{i}]", errors);
        }
    }

    private static void CheckDictionary(YamlNode node, Type valueType, string path, List<string> errors)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add($"key '{path}' must be a mapping, got {Describe(node)}{LineOf(node)}");
            return;
        }
        foreach (var (key, value) in mapping.Children)
        {
            if (KeyText(key, path, errors) is { } name)
            {
                Check(value, valueType, Join(path, name), errors);
            }
        }
    }

    private static void CheckObject(YamlNode node, Type type, string path, List<string> errors)
    {
        if (node is not YamlMappingNode mapping)
        {
            var what = path.Length == 0 ? "the document" : $"key '{path}'";
            errors.Add($"{what} must be a mapping, got {Describe(node)}{LineOf(node)}");
            return;
        }
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToDictionary(p => SnakeCaseNaming.Instance.Apply(p.Name), StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            if (KeyText(key, path, errors) is not { } name)
            {
                continue;
            }
            if (properties.TryGetValue(name, out var property))
            {
                // A `string?` key may be written as null (e.g. an unset schedule); Nullable<T> handles value types.
                if (!(IsNull(value) && IsNullableReference(property)))
                {
                    Check(value, property.PropertyType, Join(path, name), errors);
                }
            }
            else
            {
                errors.Add($"unknown key '{Join(path, name)}'{LineOf(key)}");
            }
        }
    }

    private static bool IsNullableReference(PropertyInfo property) =>
        !property.PropertyType.IsValueType && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;

    private static string? KeyText(YamlNode key, string path, List<string> errors)
    {
        if (key is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }
        errors.Add($"a key under '{(path.Length == 0 ? "(root)" : path)}' is not a plain name{LineOf(key)}");
        return null;
    }

    internal static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } s
        && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s when IsNull(s) => "nothing (null)",
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => "an unsupported node",
    };

    internal static string LineOf(YamlNode node) => node.Start.Line > 0 ? $" (line {node.Start.Line})" : "";

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
