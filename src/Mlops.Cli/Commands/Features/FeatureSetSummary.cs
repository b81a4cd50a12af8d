using Mlops.Core.Features;

namespace Mlops.Cli.Commands.Features;

/// <summary>One row of `mlops features list`: a set's latest version.</summary>
public sealed record FeatureSetSummary(string Name, int LatestVersion, int Columns, long TrainRows, long TestRows, DateTimeOffset CreatedAt,
    string? RunId, IReadOnlyList<string> Models)
{
    public static FeatureSetSummary Of(FeatureSetVersion v) =>
        new(v.Name, v.Version, v.Columns.Count, v.TrainRows, v.TestRows, v.CreatedAt, v.RunId, [.. v.Models.Select(m => $"{m.ModelName}/{m.ModelVersion}")]);
}
