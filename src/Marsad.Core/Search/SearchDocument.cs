namespace Marsad.Search;

/// <summary>What the index holds of one stored document: its clean text and the facts later stages attach.
/// Lists are empty until the stage that fills them (entities, places, events, stories) has run.</summary>
/// <param name="Date">Published date, else the time it was ingested: the date filters and sorting use it.</param>
public sealed record SearchDocument(long Id, string? Title, string Body, string Source, string? Url, DateTimeOffset Date, string Language)
{
    public IReadOnlyList<string> Entities { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    /// <summary>Entity and place ids: the exact keys the entity and place filters match.</summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];
    public IReadOnlyList<string> PlaceIds { get; init; } = [];
    public IReadOnlyList<string> EventTypes { get; init; } = [];
    /// <summary>The names of each entity and place that has more than one (<see cref="SearchFields.AliasGroups"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> AliasGroups { get; init; } = [];
    public string? Story { get; init; }
    /// <summary>Whether <see cref="Date"/> is the article's own published date (not the ingest time).</summary>
    public bool Published { get; init; }
}

/// <summary>How search results are ordered.</summary>
public enum SearchSort
{
    /// <summary>BM25 relevance for a query; newest first when there is no query.</summary>
    Relevance,
    Newest,
    Oldest,
    Title,
    Id,
}

/// <summary>One search: free text in Lucene syntax (may be empty: every document) and filters, which only narrow.</summary>
public sealed record SearchRequest(string? Query)
{
    public IReadOnlyList<string> Sources { get; init; } = [];
    public string? Story { get; init; }
    public string? Entity { get; init; }
    public string? Place { get; init; }
    public string? EventType { get; init; }
    public DateTimeOffset? From { get; init; }
    /// <summary>Inclusive upper bound.</summary>
    public DateTimeOffset? To { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 10;
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>Build highlighted snippets (off for plain listings).</summary>
    public bool Highlight { get; init; } = true;
    /// <summary>Start after this document in date order (newest or oldest first, and no-query relevance, which is newest):
    /// the keyset of a stable cursor, which documents added since cannot shift. <see cref="Offset"/> then counts from it.</summary>
    public DateKey? After { get; init; }
}

/// <summary>Where a document sits in date order: its date's ticks, then its id (ties broken the same way the index sorts).</summary>
public sealed record DateKey(long Ticks, long Id);

/// <summary>A piece of highlighted text: matched words are <see cref="Match"/>; the reader escapes <see cref="Text"/>.</summary>
public readonly record struct TextPart(string Text, bool Match);

public sealed record SearchHit(
    long Id, string? Title, string Source, string? Url, DateTimeOffset Date, bool Published, float Score,
    IReadOnlyList<TextPart> TitleParts, IReadOnlyList<TextPart> Snippet);

public sealed record SearchResults(int Total, int Offset, int Limit, IReadOnlyList<SearchHit> Hits);

/// <summary>Either results or why the query could not be understood (a message for the user, never an exception).</summary>
public sealed record SearchOutcome(SearchResults? Results, string? Error)
{
    public static SearchOutcome Ok(SearchResults results) => new(results, null);
    public static SearchOutcome Fail(string error) => new(null, error);
}
