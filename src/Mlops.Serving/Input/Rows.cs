using System.Buffers;

namespace Mlops.Serving.Input;

/// <summary>Pooled row buffers of parsed input values.</summary>
internal static class Rows
{
    /// <summary>A pooled array of at least <paramref name="needed"/> values holding the old contents; the old one goes back to the pool.</summary>
    public static double[] Grow(double[]? rows, int needed)
    {
        if (rows is not null && rows.Length >= needed)
        {
            return rows;
        }
        var next = ArrayPool<double>.Shared.Rent(Math.Max(needed, (rows?.Length ?? 0) * 2));
        if (rows is not null)
        {
            rows.CopyTo(next, 0);
            ArrayPool<double>.Shared.Return(rows);
        }
        return next;
    }
}
