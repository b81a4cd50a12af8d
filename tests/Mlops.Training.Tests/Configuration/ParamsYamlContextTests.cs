using System.Reflection;
using Mlops.Training.Configuration;
using YamlDotNet.Serialization;

namespace Mlops.Training.Tests.Configuration;

/// <summary>Every type params.yaml can hold binds through the generated YAML context, with nothing left to reflection.</summary>
public sealed class ParamsYamlContextTests
{
    public static TheoryData<string> ParamsTypes() => [.. Reachable(typeof(PipelineParams)).Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(ParamsTypes))]
    public void Deserialize_EveryTypeUnderPipelineParams_BindsThroughTheGeneratedContext(string typeName)
    {
        var type = typeof(PipelineParams).Assembly.GetType(typeName, throwOnError: true)!;
        var deserializer = new StaticDeserializerBuilder(new ParamsYamlContext()).Build();

        var value = deserializer.Deserialize(new StringReader("{}"), type);

        Assert.IsType(type, value);
    }

    [Fact]
    public void Reachable_FromPipelineParams_FindsNestedListAndDictionaryTypes()
    {
        var types = Reachable(typeof(PipelineParams)).ToList();

        Assert.Contains(typeof(ColumnSchema), types);   // Dictionary<string, ColumnSchema>
        Assert.Contains(typeof(SliceFilterParams), types);
        Assert.True(types.Count >= 30, $"only {types.Count} types found");
    }

    /// <summary>The params classes reachable through properties, lists and dictionaries.</summary>
    private static IEnumerable<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            {
                foreach (var inner in Unwrap(property.PropertyType).Where(t => t.IsClass && t != typeof(string)))
                {
                    pending.Push(inner);
                }
            }
        }
        return seen;
    }

    private static IEnumerable<Type> Unwrap(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (!underlying.IsGenericType)
        {
            return [underlying];
        }
        return underlying.GetGenericArguments().SelectMany(Unwrap);
    }
}
