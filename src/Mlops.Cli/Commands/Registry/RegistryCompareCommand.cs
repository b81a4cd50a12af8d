using Spectre.Console;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryCompareCommand : StoreViewCommand<RegistryCompareCommand.Settings, IReadOnlyList<RegistryView>>
{
    public sealed class Settings : ModelSettings
    {
        [CommandArgument(1, "<V1>")]
        public int First { get; init; }

        [CommandArgument(2, "<V2>")]
        public int Second { get; init; }
    }

    protected override Task<IReadOnlyList<RegistryView>> LoadAsync(Stores stores, Settings settings, CancellationToken cancellationToken) =>
        RegistryView.ManyAsync(stores.Registry, settings.Name, cancellationToken, settings.First, settings.Second);

    protected override object? ToJson(IReadOnlyList<RegistryView> views, Settings settings) =>
        new { A = views[0], B = views[1], Delta = MetricKeys(views).ToDictionary(k => k, k => views[1].Metric(k) - views[0].Metric(k)) };

    protected override void Render(IReadOnlyList<RegistryView> views, Settings settings)
    {
        var (a, b) = (views[0], views[1]);
        string[][] fields =
        [
            ["stage", a.Stage, b.Stage, ""],
            ["aliases", Markup.Escape(string.Join(",", a.Aliases)), Markup.Escape(string.Join(",", b.Aliases)), ""],
            ["created", a.Created, b.Created, ""],
        ];
        var metrics = MetricKeys(views).Select(key =>
            new[] { Markup.Escape(key), Format.Number(a.Metric(key)), Format.Number(b.Metric(key)), Format.Number(b.Metric(key) - a.Metric(key)) });
        var tags = a.Tags.Keys.Union(b.Tags.Keys).Order(StringComparer.Ordinal).Select(key =>
            new[] { Markup.Escape(key), Markup.Escape(a.Tags.GetValueOrDefault(key, "")), Markup.Escape(b.Tags.GetValueOrDefault(key, "")), "" });
        Tables.Write(["", $"v{a.Version}", $"v{b.Version}", "delta"], [.. fields, .. metrics, .. tags]);
    }

    // Metrics with a '/' in their name are per-class details: the table and the delta keep to the headline ones.
    private static List<string> MetricKeys(IReadOnlyList<RegistryView> views) =>
        [.. views[0].Metrics.Keys.Union(views[1].Metrics.Keys).Where(k => !k.Contains('/')).Order(StringComparer.Ordinal)];
}
