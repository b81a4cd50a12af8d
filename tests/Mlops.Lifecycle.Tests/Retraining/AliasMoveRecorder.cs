using System.Reflection;
using Mlops.Core.Registry;

namespace Mlops.Lifecycle.Tests.Retraining;

/// <summary>
/// A registry that forwards everything to a real one, recording each <see cref="IModelRegistry.MoveAliasAsync"/> and
/// optionally letting another writer in just before it.
/// </summary>
public class AliasMoveRecorder : DispatchProxy
{
    private IModelRegistry _inner = null!;

    /// <summary>Runs just before each move's compare-and-set: another writer getting there first.</summary>
    public Func<Task>? BeforeMove { get; set; }

    public List<(string Model, string Alias, int? To, int? Expected, AliasChangeNote Note, bool Moved)> Moves { get; } = [];

    public static (IModelRegistry Registry, AliasMoveRecorder Recorder) Wrap(IModelRegistry inner)
    {
        var registry = Create<IModelRegistry, AliasMoveRecorder>();
        var recorder = (AliasMoveRecorder)(object)registry;
        recorder._inner = inner;
        return (registry, recorder);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name == nameof(IModelRegistry.MoveAliasAsync))
        {
            return MoveAsync((string)args![0]!, (string)args[1]!, (int?)args[2], (int?)args[3], (AliasChangeNote)args[4]!, (CancellationToken)args[5]!);
        }
        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private async Task<bool> MoveAsync(string model, string alias, int? to, int? expected, AliasChangeNote note, CancellationToken ct)
    {
        if (BeforeMove is { } interfere)
        {
            await interfere();
        }
        var moved = await _inner.MoveAliasAsync(model, alias, to, expected, note, ct);
        lock (Moves)
        {
            Moves.Add((model, alias, to, expected, note, moved));
        }
        return moved;
    }
}
