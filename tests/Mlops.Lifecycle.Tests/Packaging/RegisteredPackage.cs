using Mlops.Inference.Packaging;
using Mlops.Lifecycle.Tests.Profiling;
using YamlDotNet.RepresentationModel;

namespace Mlops.Lifecycle.Tests.Packaging;

/// <summary>The model package the workspace's pipeline run registered, as stored in its run's artifacts.</summary>
public static class RegisteredPackage
{
    public static async Task<string> FolderAsync(PipelineWorkspace workspace)
    {
        var registration = workspace.Report.Registration!;
        var version = await workspace.Store.Registry.GetModelVersionAsync(registration.ModelName, registration.Version);
        var run = await workspace.Store.Tracking.GetRunAsync(version.RunId!);
        return workspace.Store.Artifacts.TryGetLocalPath(run.Info.ArtifactUri, ModelPackage.ArtifactPath)!;
    }

    public static YamlMappingNode Flavors(string package) => (YamlMappingNode)MLmodel(package)["flavors"];

    public static YamlMappingNode MLmodel(string package)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(package, ModelPackage.MLmodelFile));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }
}
