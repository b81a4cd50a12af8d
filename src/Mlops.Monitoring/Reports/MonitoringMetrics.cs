namespace Mlops.Monitoring.Reports;

/// <summary>
/// A report as tracked-run metrics: drift.score.F, drift.p_value.F (p-value tests only), drift.detected.F (0/1) and
/// drift.psi.F per input; drift.share and drift.dataset_detected; prediction_drift.*; performance.* and reference.*
/// (a regression model: performance.rmse, performance.mae, reference.rmse, reference.mae); per slice slices.NAME.rows,
/// drift_share, dataset_detected, labelled_rows, accuracy (or rmse and mae) and labelled_drop.
/// </summary>
public static class MonitoringMetrics
{
    public static IReadOnlyDictionary<string, double> From(MonitoringReport report)
    {
        var m = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var c in report.Drift.Columns)
        {
            m[MonitoringMetrics.ScorePrefix + c.Feature] = c.Score;
            if (c.PValue is { } p)
            {
                m[MonitoringMetrics.PValuePrefix + c.Feature] = p;
            }
            m[MonitoringMetrics.DetectedPrefix + c.Feature] = c.Detected ? 1 : 0;
            m[$"drift.psi.{c.Feature}"] = c.Psi;
        }
        m[MonitoringMetrics.DriftedShare] = report.Drift.DriftedShare;
        m["drift.drifted_features"] = report.Drift.DriftedCount;
        m[MonitoringMetrics.DatasetDetected] = report.Drift.Detected ? 1 : 0;
        m["prediction_drift.score"] = report.PredictionDrift.Score;
        m["prediction_drift.detected"] = report.PredictionDrift.Detected ? 1 : 0;
        m[MonitoringMetrics.WindowRows] = report.Window.Rows;
        m["window.labelled_rows"] = report.Window.LabelledRows;
        if (report.Regression is { } regression)
        {
            AddRegression(m, regression);
        }
        if (report.Performance is not { } perf)
        {
            AddSlices(m, report);
            return m;
        }
        m[MonitoringMetrics.EstimatedAccuracy] = perf.EstimatedAccuracy;
        m["performance.estimated_drop"] = perf.EstimatedDrop ? 1 : 0;
        m["reference.accuracy"] = perf.Reference.Accuracy;
        m["reference.macro_f1"] = perf.Reference.MacroF1;
        if (perf.Labelled is { } l)
        {
            m[MonitoringMetrics.LabelledAccuracy] = l.Accuracy;
            m[MonitoringMetrics.LabelledAccuracyLow] = l.AccuracyInterval.Low;
            m[MonitoringMetrics.LabelledAccuracyHigh] = l.AccuracyInterval.High;
            m["performance.macro_f1"] = l.MacroF1;
            m["performance.labelled_drop"] = perf.LabelledDrop ? 1 : 0;
            foreach (var (label, recall) in l.RecallByClass)
            {
                m[$"performance.recall.{label}"] = recall;
            }
        }
        AddSlices(m, report);
        return m;
    }

    private static void AddRegression(Dictionary<string, double> m, RegressionPerformanceReport r)
    {
        m["reference.rmse"] = r.ReferenceRmse;
        m["reference.mae"] = r.ReferenceMae;
        if (r.Labelled is { } l)
        {
            m[MonitoringMetrics.LabelledRmse] = l.Rmse;
            m[MonitoringMetrics.LabelledMae] = l.Mae;
            m["performance.labelled_drop"] = r.LabelledDrop ? 1 : 0;
        }
    }

    private static void AddSlices(Dictionary<string, double> m, MonitoringReport report)
    {
        foreach (var slice in report.Slices)
        {
            m[$"slices.{slice.Name}.rows"] = slice.Rows;
            if (slice.Report is { } r)
            {
                m[$"slices.{slice.Name}.drift_share"] = r.Drift.DriftedShare;
                m[$"slices.{slice.Name}.dataset_detected"] = r.Drift.Detected ? 1 : 0;
                m[$"slices.{slice.Name}.labelled_rows"] = r.Window.LabelledRows;
                if (r.Performance?.Labelled is { } sl)
                {
                    m[$"slices.{slice.Name}.accuracy"] = sl.Accuracy;
                    m[$"slices.{slice.Name}.labelled_drop"] = r.Performance.LabelledDrop ? 1 : 0;
                }
                if (r.Regression?.Labelled is { } rl)
                {
                    m[$"slices.{slice.Name}.rmse"] = rl.Rmse;
                    m[$"slices.{slice.Name}.mae"] = rl.Mae;
                    m[$"slices.{slice.Name}.labelled_drop"] = r.Regression.LabelledDrop ? 1 : 0;
                }
            }
        }
    }

    // The names other parts read back (the web UI's monitoring page), spelled once. Tags are in MonitoringRunRecorder.
    public const string ScorePrefix = "drift.score.", DetectedPrefix = "drift.detected.", PValuePrefix = "drift.p_value.";
    public const string DriftedShare = "drift.share", DatasetDetected = "drift.dataset_detected", WindowRows = "window.rows";
    public const string EstimatedAccuracy = "performance.estimated_accuracy", LabelledAccuracy = "performance.accuracy";
    public const string LabelledRmse = "performance.rmse", LabelledMae = "performance.mae";
    public const string LabelledAccuracyLow = "performance.accuracy_low", LabelledAccuracyHigh = "performance.accuracy_high";
}
