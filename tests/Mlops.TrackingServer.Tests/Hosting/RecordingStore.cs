using System.Reflection;
using System.Runtime.ExceptionServices;

namespace Mlops.TrackingServer.Tests.Hosting;

/// <summary>
/// A store of any interface that forwards every call to a real one and records the names of the async calls, so a
/// test can tell which instance served a request; with <c>hideCapabilities</c> its optional capability properties
/// answer none, as a backend without them does.
/// </summary>
public class RecordingStore : DispatchProxy
{
    private object inner = null!;
    private bool hideCapabilities;

    public List<string> Calls { get; } = [];

    public static (T Store, RecordingStore Recorder) Wrap<T>(T inner, bool hideCapabilities = false) where T : class
    {
        var store = Create<T, RecordingStore>();
        var recorder = (RecordingStore)(object)store;
        recorder.inner = inner;
        recorder.hideCapabilities = hideCapabilities;
        return (store, recorder);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.IsSpecialName && targetMethod.Name.StartsWith("get_", StringComparison.Ordinal) && hideCapabilities)
        {
            return null;
        }
        if (targetMethod.Name.EndsWith("Async", StringComparison.Ordinal))
        {
            lock (Calls)
            {
                Calls.Add(targetMethod.Name);
            }
        }
        try
        {
            return targetMethod.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
