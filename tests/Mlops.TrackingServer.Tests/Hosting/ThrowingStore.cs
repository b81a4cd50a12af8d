using System.Reflection;

namespace Mlops.TrackingServer.Tests.Hosting;

/// <summary>
/// A store of any interface whose every call fails with an exception that names a server path, as a real fault would;
/// its capability properties (read once at startup) answer that it has none.
/// </summary>
public class ThrowingStore : DispatchProxy
{
    public const string SecretPath = "/srv/secret/store/mlops.db";

    public static T Create<T>() where T : class => Create<T, ThrowingStore>();

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
        targetMethod is { IsSpecialName: true } && targetMethod.Name.StartsWith("get_", StringComparison.Ordinal)
            ? null
            : throw new IOException($"disk I/O error at {SecretPath}");
}
