using Mlops.Core.Errors;

namespace Mlops.Monitoring.Profiles;

/// <summary>The consistency a read profile must have before drift is computed on it; each failure names the field.</summary>
internal static class ReferenceProfileChecks
{
    public static void Check(ReferenceProfile profile, string source)
    {
        if (profile.Features.Count == 0)
        {
            Fail(source, "features", "is empty");
        }
        foreach (var f in profile.Features)
        {
            var field = $"features['{ErrorText.Cut(f.Name, 60)}']";
            if (f.IsNumeric && (f.Numeric is not { } n || n.Sample.Length == 0 || n.Quantiles.Count != n.QuantileLevels.Count))
            {
                Fail(source, field, "is numeric but has no sample, or quantiles that do not match their levels");
            }
            if (!f.IsNumeric && (f.Categories is null || f.Categories.Count == 0))
            {
                Fail(source, field, "is categorical but has no category counts");
            }
        }
        if (profile.HeldOut is not { } held)
        {
            if (profile.Regression is null)
            {
                Fail(source, "held_out", "is null and there is no regression section");
            }
            return;
        }
        if (held.Classes.Count == 0 || held.PredictedCounts.Count != held.Classes.Count)
        {
            Fail(source, "held_out.predicted_counts", $"has {held.PredictedCounts.Count} counts for {held.Classes.Count} classes");
        }
        if (held.Calibration.Confidence.Length != held.Calibration.Correct.Length)
        {
            Fail(source, "held_out.calibration",
                $"has {held.Calibration.Confidence.Length} confidences but {held.Calibration.Correct.Length} correct flags");
        }
    }

    private static void Fail(string source, string field, string problem) =>
        throw MlopsException.Invalid($"{source}: {field} {problem}: re-run register to rebuild the reference profile");
}
