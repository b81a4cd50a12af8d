using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mlops.Monitoring.Profiles;

namespace Mlops.Monitoring.Tests.Profiles;

public sealed class ReferenceProfileWriterTests
{
    // The serializer's own output with the profile's JSON conventions: the hand-written writer must match it byte for byte.
    private static readonly JsonSerializerOptions Conventions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
    };

    private static string Written(ReferenceProfile profile)
    {
        using var stream = new MemoryStream();
        ReferenceProfileFile.Write(stream, profile);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Write_Profile_SameBytesAsTheSerializer()
    {
        var profile = ReferenceProfileFileTests.Sample();

        Assert.Equal(JsonSerializer.Serialize(profile, Conventions), Written(profile));
    }

    [Fact]
    public void Write_NonFiniteFigures_NamedLiteralsAsTheSerializerWrites()
    {
        var sample = ReferenceProfileFileTests.Sample();
        var heldOut = sample.HeldOut! with
        {
            Metrics = new HeldOutMetrics(double.NaN, double.PositiveInfinity,
                new Dictionary<string, double> { ["a"] = double.NegativeInfinity, ["é \"b\""] = 0.1 }),
        };
        var profile = sample with { HeldOut = heldOut };

        var written = Written(profile);

        Assert.Equal(JsonSerializer.Serialize(profile, Conventions), written);
        Assert.Contains("\"accuracy\":\"NaN\"", written);
    }
}
