using Marsad.Search;

namespace Marsad.Server.Documents;

/// <summary>A document in a list.</summary>
/// <param name="Date">Published date, else when it was ingested (<paramref name="Published"/> says which).</param>
public sealed record DocumentSummary(long Id, string? Title, string Source, string? Url, DateTimeOffset Date, bool Published, string Language);

/// <summary>A piece taken out of the text by the cleaner, and why.</summary>
public sealed record RemovedPiece(string Kind, string Reason, string Text);

/// <summary>Another document that repeats this one (exact or near duplicate, containment, syndicated copy).</summary>
public sealed record DuplicateOf(long Id, string Kind, double Similarity, string? Title);

/// <summary>An entity, place or story reference on a document (filled once those stages land).</summary>
public sealed record DocumentReference(string Id, string Name);

/// <summary>One document with its clean text and what the pipeline found about it.</summary>
/// <param name="Locations">Every path or URL it was seen at.</param>
/// <param name="CleanText">The text after cleaning (null until the text core has run).</param>
/// <param name="Removed">What the cleaner removed: furniture, embeds, repeated paragraphs.</param>
public sealed record DocumentDetail(
    long Id, string? Title, string Source, string? Url, DateTimeOffset Date, bool Published, string Language,
    IReadOnlyList<string> Locations, string? CleanText, IReadOnlyList<RemovedPiece> Removed, IReadOnlyList<DuplicateOf> Duplicates,
    IReadOnlyList<DocumentReference> Entities, IReadOnlyList<DocumentReference> Places, DocumentReference? Story);

/// <summary>Query parameters of <c>GET /api/documents</c>.</summary>
/// <param name="Cursor">The <c>next</c> of the previous page (newest and oldest order): the page starts after the
/// last document of that page, so documents ingested meanwhile shift nothing.</param>
public sealed record DocumentListQuery(int? Offset, int? Limit, string? Sort, string? Source, string? Story, string? From, string? To, string? Cursor = null);

public static class DocumentMapping
{
    /// <summary>The document with the entities, places and story the last collection run found for it.</summary>
    public static DocumentDetail WithCollection(DocumentDetail detail, Marsad.Browse.CollectionView view)
    {
        var key = Marsad.Storage.SqliteDocumentStore.Key(detail.Id);
        var entities = view.Collection.EntitiesOf(key);
        var story = view.Collection.StoryOf(key) is { } id ? view.Collection.Story(id) : null;
        return detail with
        {
            Entities = entities.Where(e => e.Type != Marsad.Browse.CollectionView.PlaceType).Select(e => new DocumentReference(e.Id, e.Name)).ToList(),
            Places = entities.Where(e => e.Type == Marsad.Browse.CollectionView.PlaceType).Select(e => new DocumentReference(e.Id, e.Name)).ToList(),
            Story = story is null ? null : new DocumentReference(story.Id, story.Title),
        };
    }

    public static DocumentSummary ToSummary(SearchHit hit) =>
        new(hit.Id, hit.Title, hit.Source, hit.Url, hit.Date, hit.Published, "");

    /// <summary>Sort names as the API spells them.</summary>
    public static bool TryParseSort(string? value, out SearchSort sort)
    {
        sort = value?.ToLowerInvariant() switch
        {
            null or "" or "newest" => SearchSort.Newest,
            "oldest" => SearchSort.Oldest,
            "title" => SearchSort.Title,
            "id" => SearchSort.Id,
            "relevance" => SearchSort.Relevance,
            _ => (SearchSort)(-1),
        };
        return Enum.IsDefined(sort);
    }

    public const string SortValues = "newest, oldest, title, id";
}
