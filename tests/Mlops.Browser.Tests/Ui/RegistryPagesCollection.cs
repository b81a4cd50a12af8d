using Mlops.Browser.Tests.Browser;

namespace Mlops.Browser.Tests.Ui;

/// <summary>One pipeline run and one browser for every test of the registry, predict, pipeline, monitoring and A/B pages.</summary>
[CollectionDefinition(Name)]
public sealed class RegistryPagesCollection : ICollectionFixture<RegistryPagesFixture>, ICollectionFixture<ChromiumFixture>
{
    public const string Name = "registry-pages";
}
