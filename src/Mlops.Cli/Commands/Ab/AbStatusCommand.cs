using Mlops.Core.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>
/// `mlops ab status NAME`: the analysis as it stands (per-variant accuracy, the difference and its p-value, the split
/// check, the horizon and the verdict) and the audit trail. Read-only and always exit 0: looking is safe, because no
/// verdict is given before the fixed horizon.
/// </summary>
public sealed class AbStatusCommand : AbViewCommand<AbNameSettings, AbAnalysisView>
{
    protected override async Task<AbAnalysisView> LoadAsync(Stores stores, IAbTestStore tests, AbNameSettings settings, CancellationToken cancellationToken)
    {
        var test = await tests.GetAsync(settings.Name, cancellationToken);
        return await AbAnalysisView.LoadAsync(stores, tests, test, cancellationToken);
    }

    protected override object? ToJson(AbAnalysisView view, AbNameSettings settings) => view.ToJson();

    protected override void Render(AbAnalysisView view, AbNameSettings settings) => AbReportPrinter.Render(view);
}
