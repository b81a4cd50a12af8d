using System.Reflection;
using System.Runtime.ExceptionServices;
using Mlops.Core.Registry;

namespace Mlops.Storage.ContractTests.Race;

/// <summary>
/// A registry whose first compare-and-set alias move waits for <c>before</c> and reports its result to <c>after</c>, so a
/// test can be certain two registrations decided against the same champion before either moved the alias, and can
/// choose which move goes first. Everything else passes through.
/// </summary>
public class GatedRegistry : DispatchProxy
{
    private IModelRegistry inner = null!;
    private Func<Task> before = null!;
    private Action<bool> after = null!;
    private int passed;

    public static IModelRegistry Wrap(IModelRegistry inner, Func<Task> before, Action<bool> after)
    {
        var proxy = Create<IModelRegistry, GatedRegistry>();
        var gated = (GatedRegistry)(object)proxy;
        gated.inner = inner;
        gated.before = before;
        gated.after = after;
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (targetMethod.Name is nameof(IModelRegistry.SetAliasIfAsync) or nameof(IModelRegistry.MoveAliasAsync) && Interlocked.Exchange(ref passed, 1) == 0)
        {
            return MoveAfterGateAsync(targetMethod, args);
        }
        return Call(targetMethod, args);
    }

    private async Task<bool> MoveAfterGateAsync(MethodInfo method, object?[]? args)
    {
        await before();
        var moved = await (Task<bool>)Call(method, args)!;
        after(moved);
        return moved;
    }

    private object? Call(MethodInfo method, object?[]? args)
    {
        try
        {
            return method.Invoke(inner, args);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }
}
