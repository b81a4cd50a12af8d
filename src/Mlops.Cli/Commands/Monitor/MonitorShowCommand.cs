using Mlops.Cli.Commands.Runs;
using Mlops.Core.Errors;
using Mlops.Monitoring.Reports;

namespace Mlops.Cli.Commands.Monitor;

/// <summary>`mlops monitor show RUN_ID`: a recorded monitoring run's report again, from its drift_report.json.</summary>
public sealed class MonitorShowCommand : StoreViewCommand<RunSettings, MonitorOutcome>
{
    protected override async Task<MonitorOutcome> LoadAsync(Stores stores, RunSettings settings, CancellationToken cancellationToken)
    {
        var root = (await stores.Tracking.GetRunAsync(settings.RunId, cancellationToken)).Info.ArtifactUri;
        var file = MonitoringReport.JsonFileName;
        if (!(await stores.Artifacts.ListAsync(root, null, cancellationToken)).Any(e => e.Path == file))
        {
            throw MlopsException.NotFound($"run {settings.RunId} has no {file}: it is not a monitoring run");
        }
        var local = Directory.CreateTempSubdirectory("mlops-monitor-show-").FullName;
        try
        {
            var path = stores.Artifacts.TryGetLocalPath(root, file) ?? await stores.Artifacts.DownloadAsync(root, file, local, cancellationToken);
            var report = MonitoringReportJson.Parse(await File.ReadAllTextAsync(path, cancellationToken), $"run {settings.RunId} {file}");
            return new MonitorOutcome(report, settings.RunId);
        }
        finally
        {
            Directory.Delete(local, recursive: true);
        }
    }

    protected override object? ToJson(MonitorOutcome view, RunSettings settings) => MonitorReportPrinter.Json(view);

    protected override void Render(MonitorOutcome view, RunSettings settings) => MonitorReportPrinter.Render(view);
}
