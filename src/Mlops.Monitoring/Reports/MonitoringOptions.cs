using Mlops.Core.Errors;
using Mlops.Core.Slicing;
using Mlops.Monitoring.Drift;

namespace Mlops.Monitoring.Reports;

/// <summary>
/// The rules of a monitoring run: the drift rules (<see cref="DriftOptions"/>, params.yaml monitoring.drift) and when
/// performance counts as dropped (monitoring.performance).
/// </summary>
public sealed record MonitoringOptions
{
    public static readonly MonitoringOptions Default = new();

    public DriftOptions Drift { get; init; } = DriftOptions.Default;

    /// <summary>Fewer labelled predictions than this in a window never count as a drop (too few to judge).</summary>
    public int MinLabels { get; init; } = 30;

    /// <summary>1 − the confidence of the Wilson interval on labelled accuracy; a drop is an interval wholly below the reference.</summary>
    public double Alpha { get; init; } = 0.05;

    /// <summary>An estimated accuracy (CBPE) more than this below the reference's held-out accuracy is a drop.</summary>
    public double MaxEstimatedDrop { get; init; } = 0.05;

    /// <summary>
    /// A regression model's labelled RMSE or MAE more than this share above its held-out one is a drop (0.2: 20% worse),
    /// with at least <see cref="MinLabels"/> labels.
    /// </summary>
    public double MaxErrorIncrease { get; init; } = 0.2;

    /// <summary>Bins of the numeric distributions drawn in the report (not used by any test).</summary>
    public int HistogramBins { get; init; } = 20;

    /// <summary>Slices of the window's served inputs (params.yaml evaluation.slices), each reported on its own.</summary>
    public IReadOnlyList<SliceDefinition> Slices { get; init; } = [];

    /// <summary>A slice with fewer predictions in the window is reported as too small, not compared.</summary>
    public int MinSliceRows { get; init; } = 30;

    public void Validate()
    {
        Drift.Validate();
        Require(MinLabels >= 1, "min_labels", MinLabels, "must be at least 1");
        Require(Alpha > 0 && Alpha < 1, "alpha", Alpha, "must be between 0 and 1");
        Require(MaxEstimatedDrop >= 0 && MaxEstimatedDrop < 1, "max_estimated_drop", MaxEstimatedDrop, "must be in [0, 1)");
        Require(MaxErrorIncrease >= 0 && double.IsFinite(MaxErrorIncrease), "max_error_increase", MaxErrorIncrease, "must be a finite number of at least 0");
        Require(HistogramBins is >= 2 and <= 200, "histogram_bins", HistogramBins, "must be between 2 and 200");
        Require(MinSliceRows >= 1, "min_slice_rows", MinSliceRows, "must be at least 1");
    }

    private static void Require(bool ok, string key, object value, string rule)
    {
        if (!ok)
        {
            throw MlopsException.Invalid($"monitoring.performance.{key} = {value} {rule}");
        }
    }
}
