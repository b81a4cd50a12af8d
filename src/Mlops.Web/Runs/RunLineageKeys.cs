namespace Mlops.Web.Runs;

/// <summary>
/// The tags that say what a run was made from, as the pipeline writes them (data_hash, params_hash, transform_hash,
/// git_commit) with MLflow's own source tags as fallbacks; shown together on the run page.
/// </summary>
public static class RunLineageKeys
{
    /// <summary>Label and the tag keys to try in order.</summary>
    public static IReadOnlyList<(string Label, string[] Keys)> All { get; } =
    [
        ("data hash", ["data_hash"]),
        ("params hash", ["params_hash"]),
        ("transform hash", ["transform_hash"]),
        ("git commit", ["git_commit", "mlflow.source.git.commit"]),
        ("git dirty", ["git_dirty"]),
        ("source", ["mlflow.source.name"]),
        ("user", ["mlflow.user"]),
    ];

    /// <summary>The lineage entries present in <paramref name="tags"/>, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<(string Label, string Value)> Of(IReadOnlyDictionary<string, string> tags) =>
        [.. All.Select(e => (e.Label, Value: e.Keys.Select(k => tags.GetValueOrDefault(k)).FirstOrDefault(v => !string.IsNullOrEmpty(v))))
            .Where(e => e.Value is not null).Select(e => (e.Label, e.Value!))];
}
