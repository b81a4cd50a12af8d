using System.Reflection;
using Mlops.Training.Configuration;
using YamlDotNet.Serialization.NamingConventions;

namespace Mlops.Training.Tests.Configuration;

public sealed class SnakeCaseNamingTests
{
    /// <summary>Every property of the params types, reached from <see cref="PipelineParams"/> through properties, lists and dictionaries.</summary>
    private static IEnumerable<string> PropertyNames()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>([typeof(PipelineParams)]);
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type) || type.Namespace != typeof(PipelineParams).Namespace)
            {
                continue;
            }
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                yield return property.Name;
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                foreach (var inner in propertyType.IsGenericType ? propertyType.GetGenericArguments() : [propertyType])
                {
                    pending.Enqueue(inner);
                }
            }
        }
    }

    [Fact]
    public void Apply_EveryParamsProperty_GivesTheKeyYamlDotNetsUnderscoredConventionGives()
    {
        var names = PropertyNames().Distinct().ToList();

        Assert.True(names.Count > 100, $"only {names.Count} property names were found");
        Assert.All(names, name => Assert.Equal(UnderscoredNamingConvention.Instance.Apply(name), SnakeCaseNaming.Instance.Apply(name)));
    }

    [Theory]
    [InlineData("TargetClasses", "target_classes")]
    [InlineData("MinF1", "min_f1")]
    [InlineData("Data", "data")]
    [InlineData("ABTest", "a_b_test")]
    public void Apply_AndReverse_RoundTrip(string name, string key)
    {
        Assert.Equal(key, SnakeCaseNaming.Instance.Apply(name));
        Assert.Equal(UnderscoredNamingConvention.Instance.Apply(name), SnakeCaseNaming.Instance.Apply(name));
        Assert.Equal(name, SnakeCaseNaming.Instance.Reverse(key));
    }
}
