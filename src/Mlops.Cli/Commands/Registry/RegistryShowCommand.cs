using Spectre.Console;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryShowCommand : StoreViewCommand<VersionSettings, RegistryView>
{
    protected override async Task<RegistryView> LoadAsync(Stores stores, VersionSettings settings, CancellationToken cancellationToken) =>
        (await RegistryView.ManyAsync(stores.Registry, settings.Name, cancellationToken, settings.Version))[0];

    protected override void Render(RegistryView view, VersionSettings settings) => AnsiConsole.Write(new FieldRows()
        .Add("", "model", Markup.Escape($"{view.Name} v{view.Version}"))
        .Add("", "stage", view.Stage)
        .Add("", "aliases", Markup.Escape(string.Join(", ", view.Aliases)))
        .Add("", "created", view.Created)
        .Add("", "run id", view.RunId ?? "")
        .Add("", "source", Markup.Escape(view.Source))
        .Add("", "description", Markup.Escape(view.Description ?? ""))
        .AddMetrics(view.Metrics)
        .AddTexts("tag", view.Tags)
        .ToGrid());
}
