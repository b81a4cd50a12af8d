using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Mlops.Core.Errors;

namespace Mlops.Monitoring.Reports;

/// <summary>Reading a report file back: the JSON must parse and carry the format the reader knows, else a clear error naming the source.</summary>
internal static class ReportJson
{
    public static T Parse<T>(string json, JsonTypeInfo<T> type, Func<T, string> format, string expectedFormat, string kind, string source)
        where T : class
    {
        try
        {
            var report = JsonSerializer.Deserialize(json, type);
            return report is not null && format(report) == expectedFormat
                ? report
                : throw MlopsException.Invalid($"{source} is not a {expectedFormat} report");
        }
        catch (JsonException e)
        {
            throw MlopsException.Invalid($"{source} is not a readable {kind} report: {e.Message}");
        }
    }
}
