using Mlops.Core.Registry;
using Spectre.Console;

namespace Mlops.Cli.Commands.Registry;

public sealed class RegistryListCommand : StoreViewCommand<ListSettings, IReadOnlyList<RegistryListCommand.Row>>
{
    /// <summary>A registered model with its version count per stage (the --json shape).</summary>
    public sealed record Row(string Name, int Versions, Dictionary<string, int> Stages, IReadOnlyDictionary<string, int> Aliases, string Updated);

    protected override async Task<IReadOnlyList<Row>> LoadAsync(Stores stores, ListSettings settings, CancellationToken cancellationToken)
    {
        var rows = new List<Row>();
        foreach (var model in await stores.Registry.ListRegisteredModelsAsync(cancellationToken))
        {
            var versions = await stores.Registry.ListModelVersionsAsync(model.Name, cancellationToken);
            var byStage = Enum.GetValues<ModelStage>().ToDictionary(s => s.ToString(), s => versions.Count(v => v.Stage == s));
            rows.Add(new Row(model.Name, versions.Count, byStage, model.Aliases, Format.Time(model.LastUpdatedTimestamp)));
        }
        return rows;
    }

    protected override void Render(IReadOnlyList<Row> rows, ListSettings settings) =>
        Tables.Write(["model", "versions", "None", "Staging", "Production", "Archived", "aliases", "updated"], rows.Select(r => new[]
        {
            Markup.Escape(r.Name), r.Versions.ToString(), r.Stages["None"].ToString(), r.Stages["Staging"].ToString(),
            r.Stages["Production"].ToString(), r.Stages["Archived"].ToString(),
            Markup.Escape(string.Join(", ", r.Aliases.OrderBy(a => a.Key).Select(a => $"{a.Key}→v{a.Value}"))), r.Updated,
        }));
}
