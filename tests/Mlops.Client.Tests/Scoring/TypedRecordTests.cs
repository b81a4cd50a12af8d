using System.Text.Json.Serialization;
using Mlops.Client.Scoring;

namespace Mlops.Client.Tests.Scoring;

public sealed class TypedRecordTests
{
    [Fact]
    public void Fields_Record_ArePublicPropertiesWithJsonNames()
    {
        var fields = TypedRecord.Fields(new Sample(31, "basic")).ToDictionary();

        Assert.Equal(new Dictionary<string, object?> { ["Age"] = 31, ["plan-name"] = "basic" }, fields);
    }

    [Fact]
    public void Fields_DictionaryTakenByTheGenericOverload_AreItsEntries()
    {
        var record = new Dictionary<string, object?> { ["Age"] = 31, ["Plan"] = null };

        Assert.Equal(record, TypedRecord.Fields(record).ToDictionary());
    }

    private sealed record Sample(int Age, [property: JsonPropertyName("plan-name")] string Plan);
}
