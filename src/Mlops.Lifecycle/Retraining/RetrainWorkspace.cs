namespace Mlops.Lifecycle.Retraining;

/// <summary>
/// The child pipeline run's own folder, .mlops/retrain/&lt;tick&gt;/ under the workspace: pipeline.yaml and the
/// effective params file copied, and the tick's training rows at data.raw's relative path, so the pipeline runs
/// unchanged on them and its outputs never touch the workspace's own.
/// </summary>
public static class RetrainWorkspace
{
    public const string Root = ".mlops/retrain";

    public static string DirectoryOf(string workspace, string tickId) => Path.Combine(Path.GetFullPath(workspace), Root, tickId);

    /// <summary>The folder holding the tick's data (the dataset builder's output).</summary>
    public static string DataDirectoryOf(string workspace, string tickId) => Path.Combine(DirectoryOf(workspace, tickId), "dataset");

    public static string Prepare(RetrainRequest request, string tickId, RetrainDataset dataset)
    {
        var folder = DirectoryOf(request.Workspace, tickId);
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(Path.GetFullPath(request.Workspace), LifecyclePipeline.PipelineFile),
            Path.Combine(folder, LifecyclePipeline.PipelineFile), overwrite: true);
        File.Copy(request.ParamsPath, Path.Combine(folder, LifecyclePipeline.ParamsFile), overwrite: true);
        var raw = Path.Combine(folder, request.Params.Data.Raw);
        Directory.CreateDirectory(Path.GetDirectoryName(raw)!);
        File.Copy(dataset.TrainingCsv, raw, overwrite: true);
        return folder;
    }
}
