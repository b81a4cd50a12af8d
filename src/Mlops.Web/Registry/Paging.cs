namespace Mlops.Web.Registry;

/// <summary>One page of an in-memory list (registries and A/B stores return whole lists): 1-based, clamped to the last page.</summary>
public sealed record Paging<T>(IReadOnlyList<T> Items, int Page, int PageCount, int Total)
{
    public const int Size = 50;

    public static Paging<T> Of(IReadOnlyList<T> all, int? requested, int size = Size)
    {
        ArgumentNullException.ThrowIfNull(all);
        var pages = Math.Max(1, (all.Count + size - 1) / size);
        var page = Math.Clamp(requested ?? 1, 1, pages);
        return new Paging<T>([.. all.Skip((page - 1) * size).Take(size)], page, pages, all.Count);
    }
}
