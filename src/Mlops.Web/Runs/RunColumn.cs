namespace Mlops.Web.Runs;

/// <summary>
/// A chosen column of the runs table: <c>metrics.KEY</c>, <c>params.KEY</c> or <c>tags.KEY</c>, as the query string and
/// MLflow's search grammar spell it (the key in backticks when it has more than letters, digits and underscores).
/// </summary>
public sealed record RunColumn(string Entity, string Key)
{
    public const string Metrics = "metrics";

    public const string Params = "params";

    public const string Tags = "tags";

    public string Id => $"{Entity}.{Key}";

    /// <summary>This column as an order_by key.</summary>
    public string OrderKey => Key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? Id : $"{Entity}.`{Key}`";

    /// <summary>Null for text that names no metric, param or tag column (a hand-edited URL).</summary>
    public static RunColumn? Parse(string id)
    {
        var dot = id.IndexOf('.');
        if (dot <= 0 || dot == id.Length - 1)
        {
            return null;
        }
        var entity = id[..dot];
        return entity is Metrics or Params or Tags ? new RunColumn(entity, id[(dot + 1)..]) : null;
    }

    /// <summary>The cell of <paramref name="run"/>: a formatted number for metrics, the text for params and tags, else empty.</summary>
    public string CellOf(Core.Tracking.Run run) => Entity switch
    {
        Metrics => run.Metrics.FirstOrDefault(m => m.Key == Key) is { } metric ? UiFormat.Number(metric.Value) : "",
        Params => run.Params.GetValueOrDefault(Key, ""),
        _ => run.Tags.GetValueOrDefault(Key, ""),
    };
}
