using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json.Serialization;

namespace Mlops.Client.Scoring;

/// <summary>
/// A typed record's public properties as fields; the property list is read once per type. A dictionary lands here
/// too (C# prefers the generic overload for a <c>Dictionary</c>), and is taken as its entries.
/// </summary>
internal static class TypedRecord
{
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> PropertiesOf = new();

    public static IEnumerable<KeyValuePair<string, object?>> Fields<TRecord>(TRecord record) where TRecord : notnull
    {
        if (record is IEnumerable<KeyValuePair<string, object?>> entries)
        {
            return entries;
        }
        var properties = PropertiesOf.GetOrAdd(record.GetType(), type => [.. type
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
            .Select(p => (p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, p))]);
        return properties.Select(p => KeyValuePair.Create(p.Name, p.Property.GetValue(record)));
    }
}
