using Mlops.Core.AbTesting;
using Mlops.Serving.Models;

namespace Mlops.Serving.AbTesting;

/// <summary>
/// The immutable routing table of a running test, swapped in whole (<see cref="ModelHost.Routing"/>): a request reads
/// it once, so a switch never changes the variants under a request already running.
/// </summary>
internal sealed class AbRouting
{
    public AbRouting(AbTest test, IReadOnlyList<AbRoute> routes, ShadowQueue shadowQueue)
    {
        Test = test;
        ShadowQueue = shadowQueue;
        Routes = [.. routes];
        Control = Routes[0];
        Shadows = [.. Routes.Where(r => r.Shadow)];
    }

    public AbTest Test { get; }

    /// <summary>Every variant, in the test's order; the first is the control.</summary>
    public AbRoute[] Routes { get; }

    /// <summary>The control: its model parses and validates every request (all variants share its inputs).</summary>
    public AbRoute Control { get; }

    /// <summary>The variants that score a copy of each request in the background (shadow mode), else empty.</summary>
    public AbRoute[] Shadows { get; }

    /// <summary>Where answered rows go for the <see cref="Shadows"/>.</summary>
    public ShadowQueue ShadowQueue { get; }

    /// <summary>Hands an answered request's parsed rows to the shadows (shadow mode; nothing otherwise). Never waits.</summary>
    public void Shadow(Guid[] ids, long unixMilliseconds, ReadOnlySpan<double> values)
    {
        if (Shadows.Length > 0 && ids.Length > 0)
        {
            ShadowQueue.TryAdd(this, ids, unixMilliseconds, values);
        }
    }

    /// <summary>The variant that answers the unit (sticky: <see cref="VariantAssigner"/>); always the control in shadow mode.</summary>
    public AbRoute Assign(string unitKey)
    {
        if (Shadows.Length > 0 || Test.Mode == AbMode.Shadow)
        {
            return Control;
        }
        var variant = VariantAssigner.Assign(Test, unitKey);
        foreach (var route in Routes)
        {
            if (route.Variant.Name == variant.Name)
            {
                return route;
            }
        }
        return Control;
    }
}
