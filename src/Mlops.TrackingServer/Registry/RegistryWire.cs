using System.Globalization;
using Mlops.Core.Registry;
using Mlops.TrackingServer.Wire;

namespace Mlops.TrackingServer.Registry;

/// <summary>
/// Registry entities on the wire. MLflow 2.10.2 lists a version's aliases only when the version is read on its own
/// (get, get by alias, update), not inside latest_versions or search results; the recordings show both.
/// </summary>
internal static class RegistryWire
{
    public static WireModelVersion From(ModelVersion v, bool withAliases) => new(
        v.Name,
        v.Version.ToString(CultureInfo.InvariantCulture),
        v.CreationTimestamp,
        v.LastUpdatedTimestamp,
        v.Stage.ToString(),
        v.Description ?? "",
        v.Source,
        v.RunId,
        v.Status,
        KeyValues.From(v.Tags),
        "",
        withAliases && v.Aliases.Count > 0 ? [.. v.Aliases] : null);

    public static WireRegisteredModel From(RegisteredModel m) => new(
        m.Name,
        m.CreationTimestamp,
        m.LastUpdatedTimestamp,
        m.Description ?? "",
        m.LatestVersions.Count == 0 ? null : m.LatestVersions.Select(v => From(v, withAliases: false)).ToList(),
        KeyValues.From(m.Tags),
        m.Aliases.Count == 0
            ? null
            : m.Aliases.Select(a => new WireAlias(a.Key, a.Value.ToString(CultureInfo.InvariantCulture))).ToList());

    public static List<WireModelVersion>? Versions(IEnumerable<ModelVersion> versions)
    {
        var list = versions.Select(v => From(v, withAliases: false)).ToList();
        return list.Count == 0 ? null : list;
    }
}
