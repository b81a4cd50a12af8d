using Spectre.Console;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryVersionsCommand : StoreViewCommand<ModelSettings, IReadOnlyList<RegistryView>>
{
    protected override async Task<IReadOnlyList<RegistryView>> LoadAsync(Stores stores, ModelSettings settings, CancellationToken cancellationToken) =>
        [.. (await RegistryView.AllAsync(stores.Registry, settings.Name, cancellationToken)).OrderByDescending(v => v.Version)];

    protected override void Render(IReadOnlyList<RegistryView> views, ModelSettings settings) =>
        Tables.Write(["version", "stage", "accuracy", "macro_f1", "aliases", "created", "run id"], views.Select(v => new[]
        {
            v.Version.ToString(), v.Stage, Format.Number(v.Metric("accuracy")), Format.Number(v.Metric("macro_f1")),
            Markup.Escape(string.Join(", ", v.Aliases)), v.Created, v.RunId ?? "",
        }));
}
