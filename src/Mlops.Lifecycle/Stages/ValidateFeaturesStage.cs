using Mlops.Core.Errors;
using Mlops.Core.Features;
using Mlops.Inference.Features;
using Mlops.Lifecycle.Features;
using Mlops.Pipeline.Running;
using Mlops.Training.Configuration;
using Mlops.Training.Models;
using Mlops.Training.FeatureValidation;

namespace Mlops.Lifecycle.Stages;

/// <summary>
/// The validate_features stage: checks train.csv and test.csv against params.yaml's feature_validation and, with
/// no_drift_from_previous, this feature set version against the previous one of the same set. A fail rule that breaks
/// fails the stage naming its row, column and rule; the tables and the recorded version stay as they are.
/// </summary>
public sealed class ValidateFeaturesStage(PipelineSession session, StagePaths paths)
{
    /// <summary>Failures named in the stage's error; the report lists more.</summary>
    private const int NamedInError = 5;

    public async Task RunAsync(StageContext ctx, CancellationToken ct)
    {
        var rules = session.Params.FeatureValidation;
        var transform = FeatureTransform.Load(ctx.InputPath(paths.Transform));
        var tables = new[] { paths.TrainTable, paths.TestTable }.Select(t => (t, FeatureTableReader.Read(ctx.InputPath(t)))).ToList();
        var result = FeatureTableValidator.Validate(rules, tables, [.. transform.Document.Features.Select(f => f.Kind)]);
        var notes = new List<string>();
        FeatureSetComparison? drift = null;
        if (rules.NoDriftFromPrevious)
        {
            drift = await CompareWithPreviousAsync(transform.Hash, notes, ct);
            foreach (var column in drift?.Shared.Where(c => c.Drift?.Detected == true) ?? [])
            {
                result.Add(new FeatureFinding(FeatureFinding.NoDriftFromPrevious, rules.DriftSeverity, column.Column,
                    $"drifted from {drift!.From.Reference} ({Monitoring.Drift.DriftTestNames.Name(column.Drift!.Test)} score " +
                    $"{FeatureValidationReport.Number(column.Drift.Score)}, threshold {FeatureValidationReport.Number(column.Drift.Threshold)})"));
            }
        }
        FeatureValidationReport.Write(ctx.OutputPath(paths.FeatureValidation), result, tables, drift, notes);
        foreach (var note in notes)
        {
            session.OnWarning?.Invoke($"validate_features: {note}");
        }
        if (result.Warned)
        {
            session.OnWarning?.Invoke($"validate_features: {result.Listed.Count(f => f.Severity == FeatureRuleSeverity.Warn)} warning(s), " +
                $"first: {result.Listed.First(f => f.Severity == FeatureRuleSeverity.Warn)}");
        }
        if (result.Failed)
        {
            var failures = result.Listed.Where(f => f.Severity == FeatureRuleSeverity.Fail).ToList();
            var total = result.Counts.Where(c => c.Key.EndsWith('.' + FeatureRuleSeverity.Fail)).Sum(c => c.Value);
            throw MlopsException.Invalid($"feature validation failed ({total} failure(s)): " +
                string.Join("; ", failures.Take(NamedInError)) + (total > NamedInError ? $"; and {total - NamedInError} more" : ""));
        }
    }

    /// <summary>This run's version (or the set's latest of this transform) against the version before it; null with a note when there is none.</summary>
    private async Task<FeatureSetComparison?> CompareWithPreviousAsync(string transformHash, List<string> notes, CancellationToken ct)
    {
        if (session.FeatureSets is not { } store)
        {
            notes.Add("no_drift_from_previous skipped: this store does not keep feature sets");
            return null;
        }
        var current = await FeatureSetRecorder.FindTrainedOnAsync(session, transformHash, ct);
        if (current is null || current.Version < 2)
        {
            notes.Add($"no_drift_from_previous skipped: feature set '{session.Params.Features.Set}' has no earlier version to compare with");
            return null;
        }
        var previous = await store.FindAsync(new FeatureSetReference(current.Name, current.Version - 1), ct);
        return previous is null ? null : FeatureSetDiff.Compare(previous, current, options: Profiling.MonitoringSettings.ToOptions(session.Params.Monitoring).Drift);
    }
}
