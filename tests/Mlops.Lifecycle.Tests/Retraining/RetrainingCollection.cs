using Mlops.Lifecycle.Tests.Profiling;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>The retraining tests share one pipeline run (its champion package and its data); each test names its own model.</summary>
[CollectionDefinition(Name)]
public sealed class RetrainingCollection : ICollectionFixture<PipelineWorkspace>
{
    public const string Name = "retraining";
}
