using System.Globalization;
using Mlops.Core.Registry;

namespace Mlops.TrackingServer.Registry;

/// <summary>
/// Registry entities on the wire. MLflow 2.10.2 lists a version's aliases only when the version is read on its own
/// (get, get by alias, update), not inside latest_versions or search results; the recordings show both.
/// </summary>
internal static class RegistryWire
{
    public static ModelVersionDto From(ModelVersion v, bool withAliases) => new(
        v.Name,
        v.Version.ToString(CultureInfo.InvariantCulture),
        v.CreationTimestamp,
        v.LastUpdatedTimestamp,
        v.Stage.ToString(),
        v.Description ?? "",
        v.Source,
        v.RunId,
        v.Status,
        KeyValueDto.ListOf(v.Tags),
        "",
        withAliases && v.Aliases.Count > 0 ? [.. v.Aliases] : null);

    public static RegisteredModelDto From(RegisteredModel m) => new(
        m.Name,
        m.CreationTimestamp,
        m.LastUpdatedTimestamp,
        m.Description ?? "",
        m.LatestVersions.Count == 0 ? null : m.LatestVersions.Select(v => From(v, withAliases: false)).ToList(),
        KeyValueDto.ListOf(m.Tags),
        m.Aliases.Count == 0
            ? null
            : m.Aliases.Select(a => new AliasDto(a.Key, a.Value.ToString(CultureInfo.InvariantCulture))).ToList());

    public static List<ModelVersionDto>? Versions(IEnumerable<ModelVersion> versions)
    {
        var list = versions.Select(v => From(v, withAliases: false)).ToList();
        return list.Count == 0 ? null : list;
    }
}
