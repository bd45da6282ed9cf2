using Marsad.Report;
using Marsad.Storage;

namespace Marsad.Browse;

/// <summary>
/// A stored collection with the lookups browsing needs beyond <see cref="StoredCollection"/>'s own: events and quotes
/// per document, documents per entity, and where each duplicate or syndicated copy belongs. Built once per snapshot
/// (the server keeps one until the collection's run changes): every lookup is then a dictionary read.
/// </summary>
public sealed class CollectionView
{
    public const string PlaceType = "LOC";

    private readonly Dictionary<string, List<EventReport>> eventsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<QuoteReport>> quotesOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> documentsOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Copy> copyOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoryReport>> storiesOfEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EntityCount>> mentionsIn = new(StringComparer.Ordinal);

    private readonly Lazy<IReadOnlyList<(EntityReport Entity, string[] Keys)>> nameKeys;

    public StoredCollection Collection { get; }

    public static readonly CollectionView Empty = new(StoredCollection.Empty);

    public CollectionView(StoredCollection collection)
    {
        Collection = collection;
        nameKeys = new(() => collection.Entities
            .Select(e => (e, e.Aliases.Prepend(e.Name).Select(n => Text.MatchKeyNormalizer.Normalize(n)).Distinct(StringComparer.Ordinal).ToArray())).ToList());
        foreach (var e in collection.Events) Add(eventsOf, e.Document, e);
        foreach (var q in collection.Quotes) Add(quotesOf, q.Document, q);
        foreach (var e in collection.Entities)
        {
            documentsOf[e.Id] = e.Mentions.Select(m => m.Document).Distinct(StringComparer.Ordinal).ToList();
            foreach (var group in e.Mentions.GroupBy(m => m.Document, StringComparer.Ordinal))
                Add(mentionsIn, group.Key, new EntityCount(e, group.Count()));
        }
        // A syndicated copy belongs under the agency's original; a duplicate under its family's canonical member.
        // Syndication first: it is the more specific relation, and a document is placed once.
        foreach (var g in collection.Syndication)
            foreach (var copy in g.Copies.Where(c => c != g.Original)) copyOf.TryAdd(copy, new Copy(g.Original, CopyKind.Syndicated));
        foreach (var f in collection.Families)
            foreach (var member in f.Members.Where(m => m != f.Canonical)) copyOf.TryAdd(member, new Copy(f.Canonical, CopyKind.Duplicate));
        foreach (var s in collection.Stories)
        {
            foreach (var e in s.Documents.SelectMany(collection.EntitiesOf).DistinctBy(e => e.Id))
                Add(storiesOfEntity, e.Id, s);
        }
    }

    /// <summary>Every entity with the match keys of its name and aliases (computed on first use, kept with the view).</summary>
    public IReadOnlyList<(EntityReport Entity, string[] Keys)> NameKeys => nameKeys.Value;

    public IReadOnlyList<EventReport> EventsOf(string document) => eventsOf.TryGetValue(document, out var list) ? list : [];

    public IReadOnlyList<QuoteReport> QuotesOf(string document) => quotesOf.TryGetValue(document, out var list) ? list : [];

    /// <summary>The entities a document mentions, each with how many times it mentions it.</summary>
    public IReadOnlyList<EntityCount> MentionsIn(string document) => mentionsIn.TryGetValue(document, out var list) ? list : [];

    /// <summary>The documents that mention an entity, in the order first mentioned.</summary>
    public IReadOnlyList<string> DocumentsOf(string entity) => documentsOf.TryGetValue(entity, out var list) ? list : [];

    /// <summary>The stories whose documents mention an entity, in the collection's story order.</summary>
    public IReadOnlyList<StoryReport> StoriesOf(string entity) => storiesOfEntity.TryGetValue(entity, out var list) ? list : [];

    /// <summary>The document a copy belongs under, or null for an original (or a document nobody copied).</summary>
    public Copy? CopyOf(string document) => copyOf.TryGetValue(document, out var copy) ? copy : null;

    /// <summary>The name an entity id stands for, or the id itself when the collection does not know it.</summary>
    public string NameOf(string? entity) => entity is null ? "" : Collection.Entity(entity)?.Name ?? entity;

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}

public enum CopyKind
{
    /// <summary>The same article again (exact, near or contained duplicate).</summary>
    Duplicate,
    /// <summary>An agency's article republished by another outlet.</summary>
    Syndicated,
}

/// <summary>Where a copy belongs: its original and how it repeats it.</summary>
public sealed record Copy(string Original, CopyKind Kind);

/// <summary>What a document card's <see cref="DocumentCard.Date"/> is.</summary>
public enum CardDate
{
    /// <summary>The publication date the source gave (metadata, feed, address, dateline).</summary>
    Published,
    /// <summary>No publication date: the collection's estimate of the day its events happened.</summary>
    Events,
    /// <summary>No date at all: when the article was ingested, which is not its date (shown as «غير مؤرخ»).</summary>
    Ingested,
}

/// <summary>What browsing shows of a stored document: enough for a list line, read from the store by the caller.</summary>
/// <param name="Date">Published date, else the collection's event date, else when it was ingested (<see cref="DateKind"/> says which).</param>
public sealed record DocumentCard(string Id, string? Title, string Source, string? Url, DateTimeOffset Date, bool Published)
{
    public CardDate DateKind { get; init; } = Published ? CardDate.Published : CardDate.Ingested;

    /// <summary>Whether <see cref="Date"/> says when the article or its events were, not only when it was ingested:
    /// only dated cards place an article in time (charts, timelines, story order).</summary>
    public bool Dated => DateKind != CardDate.Ingested;

    /// <summary>The first words of the text, for a document without a title.</summary>
    public string Lead { get; init; } = "";
}
