namespace Mlops.Core.Diagnostics;

/// <summary>
/// Counts parses of params text into a tree within a scope: the seam that proves a pipeline run parses params.yaml
/// once. The count flows with the async context, so parallel work elsewhere in the process does not touch it.
/// </summary>
public static class ParamsParseCounter
{
    private static readonly AsyncLocal<Scope?> Current = new();

    /// <summary>Starts counting for the calling flow (and the tasks it starts) until the scope is disposed.</summary>
    public static Scope Begin() => Current.Value = new Scope();

    /// <summary>Called by each parser of params text; a no-op outside a scope.</summary>
    public static void Record()
    {
        if (Current.Value is { } scope)
        {
            Interlocked.Increment(ref scope.count);
        }
    }

    /// <summary>One counting scope.</summary>
    public sealed class Scope : IDisposable
    {
        internal int count;

        public int Count => Volatile.Read(ref count);

        public void Dispose() => Current.Value = null;
    }
}
