using Spectre.Console;

namespace Mlops.Cli.Infrastructure;

/// <summary>
/// The rows of the show verbs: a few named fields, then one row per metric, param or tag, each with its kind. Printed
/// as a kind/key/value table or as a two-column grid whose label is "kind key".
/// </summary>
public sealed class FieldRows
{
    private readonly List<(string Kind, string Key, string Value)> rows = [];

    /// <summary>A row whose <paramref name="value"/> is already markup-safe.</summary>
    public FieldRows Add(string kind, string key, string value)
    {
        rows.Add((kind, key, value));
        return this;
    }

    public FieldRows AddMetrics(IEnumerable<KeyValuePair<string, double>> metrics)
    {
        foreach (var (key, value) in metrics)
        {
            Add("metric", Markup.Escape(key), Format.Number(value));
        }
        return this;
    }

    public FieldRows AddTexts(string kind, IEnumerable<KeyValuePair<string, string>> values)
    {
        foreach (var (key, value) in values)
        {
            Add(kind, Markup.Escape(key), Markup.Escape(value));
        }
        return this;
    }

    public Table ToTable() => Tables.Of(["kind", "key", "value"], rows.Select(r => new[] { r.Kind, r.Key, r.Value }));

    /// <summary>A field without a kind is labelled by its key alone.</summary>
    public Grid ToGrid()
    {
        var grid = new Grid().AddColumn().AddColumn();
        foreach (var (kind, key, value) in rows)
        {
            grid.AddRow(kind.Length == 0 ? key : $"{kind} {key}", value);
        }
        return grid;
    }
}
