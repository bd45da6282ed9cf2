using Marsad.Search;

namespace Marsad.Server.Search;

/// <summary>Query parameters of <c>GET /api/search</c>. <paramref name="Q"/> is words (any of them; documents with all,
/// then with the phrase, rank first; question words ignored) or Lucene syntax: "phrases", AND, OR, NOT,
/// field:value (title, body, entities, places, source, story); syntax Lucene refuses is searched as text.</summary>
public sealed record SearchQuery(
    string? Q, int? Offset, int? Limit, string? Sort, string[]? Source, string? Story, string? Entity, string? Place, string? EventType,
    string? From, string? To, string? Cursor = null);

/// <summary>One result: the document and the words that matched, marked in its title and in a snippet of its text.</summary>
public sealed record SearchHitResult(
    long Id, string? Title, string Source, string? Url, DateTimeOffset Date, bool Published, float Score,
    IReadOnlyList<TextPart> TitleHighlight, IReadOnlyList<TextPart> Snippet);

/// <param name="Next">The cursor of the next page (null on the last): in date order it starts after this page's last
/// document, in relevance order it is the next offset.</param>
public sealed record SearchResponse(string? Query, int Total, int Offset, int Limit, IReadOnlyList<SearchHitResult> Hits)
{
    public string? Next { get; init; }
}

public static class SearchMapping
{
    public static SearchHitResult ToResult(SearchHit hit) =>
        new(hit.Id, hit.Title, hit.Source, hit.Url, hit.Date, hit.Published, hit.Score, hit.TitleParts, hit.Snippet);

    public static bool TryParseSort(string? value, out SearchSort sort)
    {
        sort = value?.ToLowerInvariant() switch
        {
            null or "" or "relevance" => SearchSort.Relevance,
            "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            _ => (SearchSort)(-1),
        };
        return Enum.IsDefined(sort);
    }

    /// <summary>The index request for an API or page query; the limit already capped.</summary>
    public static SearchRequest ToRequest(SearchQuery query, SearchSort sort, int offset, int limit, DateTimeOffset? from, DateTimeOffset? to) => new(query.Q)
    {
        Sources = query.Source?.Where(s => !string.IsNullOrWhiteSpace(s)).ToList() ?? [],
        Story = query.Story,
        Entity = query.Entity,
        Place = query.Place,
        EventType = query.EventType,
        From = from,
        To = to,
        Offset = offset,
        Limit = limit,
        Sort = sort,
    };
}
