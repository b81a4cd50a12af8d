using Mlops.Core.AbTesting;
using Mlops.Core.Errors;
using Mlops.Monitoring.AbTesting;

namespace Mlops.Cli.Commands.Ab;

/// <summary>
/// `mlops ab conclude NAME`: analyses the test; when the challenger is significantly better, moves the champion alias
/// to it through the promotion policy, compare-and-set against the control's version at start; records the analysis as
/// a tracked run and closes the test with its verdict. Before the horizon nothing changes (<see cref="ExitInconclusive"/>).
/// </summary>
public sealed class AbConcludeCommand : AbViewCommand<AbConcludeSettings, AbConcludeView>
{
    public const string DefaultExperiment = "ab-tests";

    /// <summary>No verdict yet (horizon not reached, or a broken split): the test stays open and nothing moved.</summary>
    public const int ExitInconclusive = 3;

    /// <summary>The challenger won but the alias did not move (it moved since the start, or the policy refused); the test is closed.</summary>
    public const int ExitNotPromoted = 4;

    protected override async Task<AbConcludeView> LoadAsync(Stores stores, IAbTestStore tests, AbConcludeSettings settings, CancellationToken cancellationToken)
    {
        var test = await tests.GetAsync(settings.Name, cancellationToken);
        if (test.Status == AbStatus.Concluded)
        {
            throw new MlopsException(ErrorCode.InvalidState,
                $"A/B test '{test.Name}' is already concluded ({test.Conclusion?.Verdict}); see `mlops ab status {test.Name}`.");
        }
        var analysis = await AbAnalysisView.LoadAsync(stores, tests, test, cancellationToken);
        var report = analysis.Report;
        if (report.Verdict == AbVerdict.Inconclusive)
        {
            return new AbConcludeView(analysis, null, null, settings.DryRun);
        }
        var promotion = report.Verdict == AbVerdict.ChallengerBetter ? await CrownAsync(stores, test, report, settings.DryRun, AbActor.Resolve(settings.Actor), cancellationToken) : null;
        if (settings.DryRun)
        {
            return new AbConcludeView(analysis, promotion, null, DryRun: true);
        }
        var runId = await AbRunRecorder.RecordAsync(stores.Tracking, stores.Artifacts, settings.Experiment, report, TimeProvider.System, cancellationToken);
        var reason = promotion is null ? $"{report.Reason} The champion alias stays." : $"{report.Reason} {promotion.Reason}.";
        var conclusion = new AbConclusion(report.Verdict, reason, runId, promotion?.PromotedVersion);
        var closed = await tests.ConcludeAsync(test.Name, conclusion, AbActor.Resolve(settings.Actor), cancellationToken);
        analysis = analysis with { Audit = await tests.ListAuditAsync(closed.Name, cancellationToken) };
        return new AbConcludeView(analysis, promotion, closed.Conclusion, DryRun: false);
    }

    protected override object? ToJson(AbConcludeView view, AbConcludeSettings settings)
    {
        var json = view.Analysis.ToJson();
        json["promotion"] = System.Text.Json.JsonSerializer.SerializeToNode(view.Promotion, JsonOutput.Options);
        json["conclusion"] = System.Text.Json.JsonSerializer.SerializeToNode(view.Conclusion, JsonOutput.Options);
        json["dry_run"] = view.DryRun;
        return json;
    }

    protected override void Render(AbConcludeView view, AbConcludeSettings settings) => AbConcludePrinter.Render(view);

    protected override int ExitCode(AbConcludeView view) =>
        view.Analysis.Report.Verdict == AbVerdict.Inconclusive ? ExitInconclusive : view.Promotion is { Withheld: true } ? ExitNotPromoted : 0;

    private static Task<AbPromotionOutcome> CrownAsync(Stores stores, AbTest test, AbReport report, bool dryRun, string actor, CancellationToken ct)
    {
        var winner = test.Variants.First(v => v.Name == report.Winner);
        var accuracy = report.Variants.ToDictionary(v => v.Name, v => v.Accuracy ?? double.NaN);
        return AbPromotion.ForWorkspace(stores).CrownAsync(test, winner, accuracy[test.Control.Name], accuracy[winner.Name], dryRun, actor, ct);
    }
}
