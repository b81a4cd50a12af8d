using System.Text.Json.Serialization;

namespace Mlops.Monitoring.Profiles;

/// <summary>Whether an input is compared as numbers or as categories.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FeatureKind>))]
public enum FeatureKind
{
    Numeric,
    Categorical,
}
