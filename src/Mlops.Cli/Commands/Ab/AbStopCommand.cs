using Mlops.Core.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>`mlops ab stop NAME`: ends a running test's traffic without a verdict (it can still be concluded).</summary>
public sealed class AbStopCommand : AbViewCommand<AbChangeSettings, AbTestView>
{
    protected override async Task<AbTestView> LoadAsync(Stores stores, IAbTestStore tests, AbChangeSettings settings, CancellationToken cancellationToken) =>
        AbTestView.Of(await tests.StopAsync(settings.Name, AbActor.Resolve(settings.Actor), cancellationToken));

    protected override void Render(AbTestView view, AbChangeSettings settings) =>
        Console.Out.WriteLine($"Stopped A/B test '{view.Name}': servers of {view.Model} go back to their usual alias; " +
            $"`mlops ab conclude {view.Name}` still decides from the predictions logged so far.");
}
