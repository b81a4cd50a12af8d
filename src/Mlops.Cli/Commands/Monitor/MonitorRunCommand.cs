using Mlops.Cli.Commands.Serving;
using Mlops.Core.Registry;
using Mlops.Lifecycle.Profiling;
using Mlops.Monitoring.Reports;

namespace Mlops.Cli.Commands.Monitor;

/// <summary>`mlops monitor run`: a window of the prediction log against the model's reference profile, recorded as a run.</summary>
public sealed class MonitorRunCommand : StoreViewCommand<MonitorRunSettings, MonitorOutcome>
{
    /// <summary>Drift or a performance drop was found (0: nothing found; 1 and 2: error and usage, as every command).</summary>
    public const int ExitFinding = 3;

    protected override async Task<MonitorOutcome> LoadAsync(Stores stores, MonitorRunSettings settings, CancellationToken cancellationToken)
    {
        var parameters = MonitorParams.Load();
        var (slices, minSliceRows) = MonitorParams.LoadSlices();
        var options = MonitoringSettings.ToOptions(parameters) with { Slices = slices, MinSliceRows = minSliceRows };
        var log = PredictionLogs.Of(stores);
        var uri = DefaultModelUri.Resolve(settings.Model);
        var reference = await MonitoringReference.LoadAsync(stores.Tracking, stores.Registry, stores.Artifacts, uri, "--model", cancellationToken);
        var version = ModelUri.Parse(uri).Version;
        var selection = new WindowSelection(reference.ModelName)
        {
            ModelVersion = version,
            ServedUri = version is null ? uri : null,
            MaxRows = settings.Window ?? (settings.Since is null ? parameters.Window : null),
            Since = settings.Since is { } since ? TimeProvider.System.GetUtcNow() - DurationText.Parse(since, "--since") : null,
        };
        var report = await MonitoringRun.ComputeAsync(log, stores.PredictionFeedback, reference.Profile,
            reference.Monitored, selection, options, cancellationToken);
        var runId = await MonitoringRunRecorder.RecordAsync(stores.Tracking, stores.Artifacts,
            MonitoringSettings.Experiment(parameters, reference.ModelName), report, TimeProvider.System, cancellationToken);
        return new MonitorOutcome(report, runId);
    }

    protected override object? ToJson(MonitorOutcome view, MonitorRunSettings settings) => MonitorReportPrinter.Json(view);

    protected override void Render(MonitorOutcome view, MonitorRunSettings settings) => MonitorReportPrinter.Render(view);

    protected override int ExitCode(MonitorOutcome view) => view.Found ? ExitFinding : 0;
}
