namespace Mlops.Serving.Tests.Support;

/// <summary>All server tests share one pipeline run (about 10 s).</summary>
[CollectionDefinition(Name)]
public sealed class ModelCollection : ICollectionFixture<RegisteredModelFixture>
{
    public const string Name = "registered model";
}
