using System.Globalization;
using System.Text;
using Marsad.Search;

namespace Marsad.Server;

/// <summary>One page of a list: the items, how many there are in all, where the page starts, and the cursor of the
/// next page (null on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Offset, int Limit)
{
    /// <summary>Pass it back as <c>cursor</c> for the next page.</summary>
    public string? Next { get; init; }

    public static Page<T> Empty(int offset, int limit) => new([], 0, offset, limit);

    /// <summary>A page of a list that belongs to one snapshot (<paramref name="scope"/>: the collection run), with the
    /// cursor of the page after it.</summary>
    public static Page<T> Of(IReadOnlyList<T> items, int total, int offset, int limit, string scope) =>
        new(items, total, offset, limit) { Next = offset + items.Count < total ? PageCursor.At(scope, offset + items.Count) : null };
}

/// <summary>Paging parameters every list shares; the limit is capped by <see cref="ServerOptions.MaxPageSize"/>. A
/// cursor, when given, says where the page starts instead of the offset.</summary>
public sealed record PageRequest(int? Offset, int? Limit, string? Cursor = null)
{
    public const int DefaultLimit = 20;

    public (int Offset, int Limit) Resolve(int maxPageSize) =>
        (Math.Max(0, Offset ?? 0), Math.Clamp(Limit ?? DefaultLimit, 1, maxPageSize));

    /// <summary>The offset and limit of a list that belongs to one snapshot; false (with the reason) for a cursor that
    /// is not one of ours or was given for another snapshot.</summary>
    public bool TryResolve(int maxPageSize, string scope, out int offset, out int limit, out string? error)
    {
        (offset, limit) = Resolve(maxPageSize);
        error = null;
        if (string.IsNullOrEmpty(Cursor)) return true;
        if (PageCursor.TryRead(Cursor, scope, out var at))
        {
            offset = at;
            return true;
        }
        error = PageCursor.Invalid;
        return false;
    }
}

/// <summary>
/// Opaque page cursors. Lists computed from one collection run (stories, entities, events, an entity's documents)
/// never change within the run, so their cursor is the run and a position: stable until the next run, refused after
/// (the client starts again). Document lists and searches in date order carry the last document's date and id
/// instead, so documents ingested meanwhile do not shift the pages (<see cref="DateKey"/>).
/// </summary>
public static class PageCursor
{
    public const string Invalid = "cursor is not valid here or belongs to an older collection run: start again without it";

    private const string AtTag = "p", AfterTag = "k";

    public static string At(string scope, int offset) => Encode($"{AtTag}|{offset.ToString(CultureInfo.InvariantCulture)}|{scope}");

    public static bool TryRead(string cursor, string scope, out int offset)
    {
        offset = 0;
        var parts = Decode(cursor)?.Split('|', 3);
        return parts is [AtTag, var n, var s] && s == scope
            && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }

    public static string After(DateKey key) =>
        Encode($"{AfterTag}|{key.Ticks.ToString(CultureInfo.InvariantCulture)}|{key.Id.ToString(CultureInfo.InvariantCulture)}");

    public static DateKey? ReadAfter(string? cursor)
    {
        var parts = cursor is null ? null : Decode(cursor)?.Split('|');
        return parts is [AfterTag, var t, var i]
            && long.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ticks)
            && long.TryParse(i, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? new DateKey(ticks, id) : null;
    }

    private static string Encode(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string? Decode(string cursor)
    {
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 += new string('=', (4 - base64.Length % 4) % 4);
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
