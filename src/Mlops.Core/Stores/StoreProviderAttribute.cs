namespace Mlops.Core.Stores;

/// <summary>Names the <see cref="IStoreProvider"/> of a backend assembly (it needs a public parameterless constructor).</summary>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class StoreProviderAttribute(Type providerType) : Attribute
{
    /// <summary>The provider type, created once per lookup.</summary>
    public Type ProviderType { get; } = providerType;
}
