namespace Mlops.Lifecycle.Packaging;

/// <summary>The stage outputs a model package is made of (workspace paths).</summary>
public sealed record ModelFiles(string ModelZip, string CompiledTrees, string TransformJson, string ReferenceProfile);
