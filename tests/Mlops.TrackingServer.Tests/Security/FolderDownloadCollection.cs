namespace Mlops.TrackingServer.Tests.Security;

/// <summary>Tests that change process-wide state (the temp folder) and so must not run beside others.</summary>
[CollectionDefinition(nameof(FolderDownloadTests), DisableParallelization = true)]
public sealed class FolderDownloadCollection;
