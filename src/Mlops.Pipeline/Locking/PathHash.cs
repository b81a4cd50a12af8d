namespace Mlops.Pipeline.Locking;

/// <summary>A workspace-relative path and the SHA-256 of its content (a directory hashes its files).</summary>
public sealed record PathHash(string Path, string Sha256);
