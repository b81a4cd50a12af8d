namespace Mlops.Architecture.Tests;

/// <summary>The dependency rules of README's Layout section, checked on direct and transitive references.</summary>
public static class DependencyRules
{
    private static readonly string[] Backends = ["Mlops.Storage.Sqlite", "Mlops.Storage.Postgres", "Mlops.Storage.MlflowRest"];

    private static readonly string[] TrainingSide = ["Mlops.Training", "Mlops.Pipeline", "Mlops.Lifecycle"];

    /// <summary>Project → the projects it must never reach, with the reason shown when it does.</summary>
    public static IReadOnlyList<(string From, Func<string, bool> Forbidden, string Why)> All { get; } =
    [
        ("Mlops.Core", _ => true, "Core references nothing"),
        ("Mlops.Serving", TrainingSide.Contains, "the prediction server carries no training stack"),
        ("Mlops.Inference", TrainingSide.Contains, "inference is loadable without the training stack"),
        ("Mlops.TrackingServer", to => TrainingSide.Contains(to) || to == "Mlops.Inference", "the tracking server knows no models"),
        ("Mlops.Mlflow.Wire", to => to != "Mlops.Core", "the MLflow wire shapes reference Core only"),
        ("Mlops.Artifacts.Local", to => to != "Mlops.Core", "the local artifact store references Core only"),
        ("Mlops.Artifacts.S3", to => to != "Mlops.Core", "the S3 artifact store references Core only"),
        ("Mlops.Monitoring", to => to != "Mlops.Core", "monitoring works on the store contracts only"),
        ("Mlops.Client", to => Backends.Contains(to) || TrainingSide.Contains(to) || to == "Mlops.Artifacts.Local",
            "the library package pulls no store (each is its own package, found by URI scheme) and no training stack"),
        ("Mlops.Web", to => to is not ("Mlops.Core" or "Mlops.Monitoring"), "the web UI reads the store contracts; inference and the pipeline come in through interfaces it declares"),
        .. Backends.Select(b => (b, (Func<string, bool>)(to => Backends.Contains(to) && to != b), "storage backends never reference each other")),
    ];

    /// <summary>One message per forbidden edge, naming the reference path ("A -> B -> C") and the rule; empty when clean.</summary>
    public static IReadOnlyList<string> Violations(ProjectGraph graph)
    {
        var violations = new List<string>();
        foreach (var (from, forbidden, why) in All)
        {
            foreach (var (to, path) in graph.Reachable(from).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (forbidden(to))
                {
                    violations.Add($"{string.Join(" -> ", path)}: forbidden ({why})");
                }
            }
        }
        return violations;
    }
}
