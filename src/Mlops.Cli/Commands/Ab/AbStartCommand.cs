using Mlops.Core.AbTesting;
using Spectre.Console;

namespace Mlops.Cli.Commands.Ab;

/// <summary>`mlops ab start`: records a running A/B test between versions of a registered model, with its fixed horizon.</summary>
public sealed class AbStartCommand : AbViewCommand<AbStartSettings, AbTestView>
{
    protected override async Task<AbTestView> LoadAsync(Stores stores, IAbTestStore tests, AbStartSettings settings, CancellationToken cancellationToken)
    {
        var draft = await AbDraftBuilder.BuildAsync(stores, settings, cancellationToken);
        return AbTestView.Of(await tests.StartAsync(draft, AbActor.Resolve(settings.Actor), cancellationToken));
    }

    protected override void Render(AbTestView view, AbStartSettings settings)
    {
        Console.Out.WriteLine($"Started A/B test '{view.Name}' ({view.Mode.ToString().ToLowerInvariant()} mode) on {view.Model}: {view.VariantsText()}.");
        Console.Out.WriteLine($"Horizon: {view.HorizonText()}; `mlops ab status {view.Name}` gives no verdict before it.");
        if (view.Mode == AbMode.Shadow)
        {
            Console.Out.WriteLine("Shadow mode: label the answered predictions; the shadow scores share their ids, so one label counts for both.");
        }
    }
}
