using System.Text.Json;
using Mlops.Core.Features;
using Mlops.Core.Hashing;
using Mlops.Inference.Csv;
using Mlops.Inference.Packaging;
using Mlops.Lifecycle.Packaging;
using Mlops.Lifecycle.Promotion;
using Mlops.Lifecycle.Registration;
using Mlops.Lifecycle.Tracking;
using Mlops.Pipeline.Faults;
using Mlops.Pipeline.Running;

namespace Mlops.Lifecycle.Stages;

/// <summary>
/// Logs the model in MLflow's layout to the tracked run and registers a version with lineage, then applies the
/// promotion rules from params.yaml. Nothing is registered unless every earlier stage succeeded, and the run's params
/// and metrics are written before the version exists, so no version ever points at a run without them. The version
/// carries the model's content hash: a rerun (after a crash, or a raw-data change that left the clean data the same)
/// reuses the version of the same content instead of registering a copy.
/// </summary>
public sealed class RegisterStage(PipelineSession session, StagePaths paths, RunLineage lineage)
{
    public async Task RunAsync(StageContext ctx, CancellationToken ct)
    {
        var p = session.Params;
        var run = await session.EnsureRunAsync(ct);
        // The version's lineage (the evaluate stage's record may still be being written) goes in while the package is built.
        var recording = lineage.RecordClosureAsync(ctx.Stage.Name, ct);
        try
        {
            var package = Path.Combine(ctx.StagingDirectory, ".package");
            var files = new ModelFiles(ctx.InputPath(paths.Model), ctx.InputPath(paths.CompiledTrees), ctx.InputPath(paths.Transform),
                ctx.InputPath(paths.ReferenceProfile), ctx.InputPath(paths.Onnx), OnnxReason(ctx.InputPath(paths.TrainReport)));
            ModelPackager.Write(package, p, files, run.RunId,
                FirstCleanRow(ctx.InputPath(paths.Clean)), session.Time.GetUtcNow());
            await run.LogArtifactsAsync(package, ModelPackage.ArtifactPath, ct);
            Directory.Delete(package, recursive: true);
        }
        finally
        {
            await recording;
        }
        var metrics = JsonMetrics.Flatten(await File.ReadAllTextAsync(ctx.InputPath(paths.Metrics), ct));
        var transformHash = ContentHash.OfFile(ctx.InputPath(paths.Transform));

        var tags = new Dictionary<string, string>
        {
            ["trainer"] = p.Model.Trainer,
            ["model_type"] = p.Model.Trainer,
            ["feature_set"] = p.Features.Set,
            ["training_date"] = session.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd"),
            ["params_hash"] = session.Document.Hash,
            ["transform_hash"] = transformHash,
            ["data_hash"] = session.DataHash ?? ContentHash.OfFile(ctx.InputPath(paths.Raw)),
            ["data_validation"] = ReadValidationStatus(ctx.InputPath(paths.DataQuality)),
        };
        var contentHash = ContentHash.OfText($"{ContentHash.OfFile(ctx.InputPath(paths.Model))}+{transformHash}");
        if (session.Git.Commit is { } commit)
        {
            tags["git_commit"] = commit;
        }
        var featureSet = await FeatureSetRecorder.FindTrainedOnAsync(session, transformHash, ct);
        if (featureSet is not null)
        {
            tags[FeatureSetReference.ModelVersionTag] = featureSet.Reference.ToString();
        }
        // Headline metrics, plus the (slice) metrics the promotion guards compare.
        var guarded = p.Registry.Guards.Select(g => g.Metric).ToHashSet(StringComparer.Ordinal);
        var headline = metrics.Where(m => !m.Key.Contains('.') || guarded.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value);
        var request = new RegistrationRequest(p.Registry.ModelName, $"{run.Info.ArtifactUri.TrimEnd('/')}/{ModelPackage.ArtifactPath}",
            run.RunId, $"{p.Model.Trainer} on feature set '{p.Features.Set}', run {run.RunId}", headline, tags,
            p.Registry.ChampionAlias, PromotionPolicy.From(p.Registry)) {
            ContentHash = contentHash,
            ModelDescription = p.Registry.Description,
            Promote = session.Promote,
        };
        var outcome = await new ModelRegistrar(session.Registry, session.Tracking).RegisterAsync(request, ct);
        session.Registration = outcome;
        if (featureSet is not null)
        {
            await session.FeatureSets!.LinkModelVersionAsync(featureSet.Reference, new FeatureSetModelLink(outcome.ModelName, outcome.Version), ct);
        }
        FaultInjection.Point("register.after-version");

        await File.WriteAllTextAsync(ctx.OutputPath(paths.Registration),
            JsonSerializer.Serialize(outcome, RegistrationJson.Default.RegistrationOutcome), ct);
    }

    private static IReadOnlyList<string> FirstCleanRow(string cleanCsv)
    {
        using var reader = new StreamReader(cleanCsv);
        reader.ReadLine();
        return CsvReader.SplitLine(reader.ReadLine() ?? "");
    }

    /// <summary>train.json's onnx.reason: why the train stage could not export the model (null when it did).</summary>
    private static string? OnnxReason(string trainJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(trainJson));
        return doc.RootElement.TryGetProperty("onnx", out var onnx) && onnx.ValueKind == JsonValueKind.Object
            && onnx.TryGetProperty("reason", out var reason) && reason.ValueKind == JsonValueKind.String ? reason.GetString() : null;
    }

    private static string ReadValidationStatus(string qualityJson)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(qualityJson));
        return doc.RootElement.TryGetProperty("status", out var status) ? status.GetString() ?? "unknown" : "unknown";
    }
}
