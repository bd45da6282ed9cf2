namespace Marsad.Server;

/// <summary>One page of a list: the items, how many there are in all, and where the page starts.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit)
{
    public static Page<T> Empty(int offset, int limit) => new([], 0, offset, limit);
}

/// <summary>Paging parameters every list shares; the limit is capped by <see cref="ServerOptions.MaxPageSize"/>.</summary>
public sealed record PageRequest(int? Offset, int? Limit)
{
    public const int DefaultLimit = 20;

    public (int Offset, int Limit) Resolve(int maxPageSize) =>
        (Math.Max(0, Offset ?? 0), Math.Clamp(Limit ?? DefaultLimit, 1, maxPageSize));
}
